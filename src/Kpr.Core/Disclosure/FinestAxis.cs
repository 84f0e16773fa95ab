using System.Collections.ObjectModel;
using Kpr.Core.Internal;

namespace Kpr.Core.Disclosure;

/// <summary>
/// One attribute of the finest cells of a <see cref="PublicationGrid"/>: its most detailed values, e.g. every
/// municipality, every age segment between the band limits any table uses, or each service-group membership pattern.
/// </summary>
/// <remarks>
/// <para>A <em>membership</em> axis (<see cref="MembershipPatterns"/>) has one value per non-empty set of groups a
/// person can belong to at once (hjemmeboende only; hjemmeboende and institusjon; …). A group's cell is the sum over
/// the patterns that contain the group and the distinct-person total the sum over all patterns, so a non-additive
/// service-group table becomes sums of finest cells, and everything an intruder knows about it (the total lies between
/// the largest group and the sum of the groups; it equals a group when the others are 0) follows from those sums.</para>
/// <para>Immutable.</para>
/// </remarks>
public sealed class FinestAxis
{
    private readonly Dictionary<string, int> _index;

    private FinestAxis(string name, string[] values, string[]? groups)
    {
        Name = name;
        Values = new ReadOnlyCollection<string>(values);
        Groups = groups is null ? null : new ReadOnlyCollection<string>(groups);
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < values.Length; i++)
        {
            Preconditions.CheckArgument(!string.IsNullOrEmpty(values[i]) && _index.TryAdd(values[i], i), nameof(values),
                $"Finest axis '{name}': value '{values[i]}' is empty or repeated.");
        }
    }

    /// <summary>The attribute's name, e.g. <c>age</c>.</summary>
    public string Name { get; }

    /// <summary>The values, in order.</summary>
    public IReadOnlyList<string> Values { get; }

    /// <summary>For a membership axis, the groups (bit i of a pattern's number + 1 is group i); otherwise null.</summary>
    public IReadOnlyList<string>? Groups { get; }

    /// <summary>Whether this is a membership-pattern axis (see remarks).</summary>
    public bool IsMembership => Groups is not null;

    /// <summary>An axis with these values.</summary>
    /// <param name="name">The name.</param>
    /// <param name="values">The values (at least one, distinct, not empty).</param>
    /// <returns>The axis.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No value, or an empty or repeated value.</exception>
    public static FinestAxis Create(string name, IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(values);
        var array = values.ToArray();
        Preconditions.CheckArgument(array.Length > 0, nameof(values), $"Finest axis '{name}' needs at least one value.");
        return new FinestAxis(name, array, null);
    }

    /// <summary>A membership axis over groups: one value per non-empty subset, written as the group codes joined by
    /// <c>+</c> in group order (2^k − 1 values for k groups).</summary>
    /// <param name="name">The name.</param>
    /// <param name="groups">The groups (1 to 12, distinct, no <c>+</c>).</param>
    /// <returns>The axis.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No group, more than 12, or a repeated code or one with <c>+</c>.</exception>
    public static FinestAxis MembershipPatterns(string name, IEnumerable<string> groups)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(groups);
        var g = groups.ToArray();
        Preconditions.CheckArgument(g.Length is > 0 and <= 12, nameof(groups), $"Membership axis '{name}' needs 1 to 12 groups.");
        Preconditions.CheckArgument(g.All(x => !string.IsNullOrEmpty(x) && !x.Contains('+', StringComparison.Ordinal)) && g.Distinct(StringComparer.Ordinal).Count() == g.Length,
            nameof(groups), $"Membership axis '{name}': group codes must be distinct, non-empty and without '+'.");
        var values = new string[(1 << g.Length) - 1];
        for (var mask = 1; mask < 1 << g.Length; mask++)
        {
            values[mask - 1] = string.Join('+', Enumerable.Range(0, g.Length).Where(i => (mask & (1 << i)) != 0).Select(i => g[i]));
        }
        return new FinestAxis(name, values, g);
    }

    /// <summary>The position of a value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Its index in <see cref="Values"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">Not a value of this axis.</exception>
    public int IndexOf(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return _index.TryGetValue(value, out var i) ? i : throw new KeyNotFoundException($"Finest axis '{Name}' has no value '{value}'.");
    }

    /// <summary>For a membership axis, the patterns that contain a group (the finest values a group's cell covers).</summary>
    /// <param name="group">The group's code.</param>
    /// <returns>The pattern values.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="group"/> is null.</exception>
    /// <exception cref="InvalidOperationException">Not a membership axis.</exception>
    /// <exception cref="KeyNotFoundException">Not one of its groups.</exception>
    public IReadOnlyList<string> PatternsContaining(string group)
    {
        ArgumentNullException.ThrowIfNull(group);
        var groups = Groups ?? throw new InvalidOperationException($"Finest axis '{Name}' is not a membership axis.");
        var bit = -1;
        for (var i = 0; i < groups.Count; i++)
        {
            if (string.Equals(groups[i], group, StringComparison.Ordinal))
            {
                bit = i;
            }
        }
        if (bit < 0)
        {
            throw new KeyNotFoundException($"Membership axis '{Name}' has no group '{group}'.");
        }
        return Enumerable.Range(1, Values.Count).Where(mask => (mask & (1 << bit)) != 0).Select(mask => Values[mask - 1]).ToArray();
    }

    /// <summary>The name and number of values.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Name}[{Values.Count}{(IsMembership ? " patterns" : "")}]";
}
