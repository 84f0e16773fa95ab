using System.Collections.ObjectModel;
using Kpr.Core.Internal;

namespace Kpr.Core.Disclosure;

/// <summary>
/// A dimension of a published table expressed over one <see cref="FinestAxis"/>: each category (a margin included)
/// covers a set of finest values. Age bands 0-66 and 67+ over single-year ages, helsefellesskap over municipalities,
/// and service groups over membership patterns are all table axes.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class TableAxis
{
    private readonly int[][] _covers;

    private TableAxis(string name, FinestAxis axis, string[] codes, int[][] covers)
    {
        Name = name;
        Axis = axis;
        Categories = new ReadOnlyCollection<string>(codes);
        _covers = covers;
    }

    /// <summary>The dimension's name in the table, e.g. <c>age_group</c>.</summary>
    public string Name { get; }

    /// <summary>The finest axis the categories are made of.</summary>
    public FinestAxis Axis { get; }

    /// <summary>The category codes in table order.</summary>
    public IReadOnlyList<string> Categories { get; }

    /// <summary>The finest values (indices into <see cref="FinestAxis.Values"/>) a category covers.</summary>
    /// <param name="category">The category's position.</param>
    /// <returns>The indices, ascending.</returns>
    public IReadOnlyList<int> CoversOf(int category) => _covers[category];

    internal int[] Covers(int category) => _covers[category];

    /// <summary>An axis from categories and the finest values each covers.</summary>
    /// <param name="name">The table dimension's name.</param>
    /// <param name="axis">The finest axis.</param>
    /// <param name="categories">(code, finest values covered) in table order.</param>
    /// <returns>The table axis.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No category, a repeated code, or a category covering nothing.</exception>
    /// <exception cref="KeyNotFoundException">A finest value is unknown.</exception>
    public static TableAxis Create(string name, FinestAxis axis, IEnumerable<(string Code, IEnumerable<string> Covers)> categories)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(axis);
        ArgumentNullException.ThrowIfNull(categories);
        var list = categories.ToList();
        Preconditions.CheckArgument(list.Count > 0, nameof(categories), $"Table axis '{name}' needs at least one category.");
        Preconditions.CheckArgument(list.Select(c => c.Code).Distinct(StringComparer.Ordinal).Count() == list.Count, nameof(categories),
            $"Table axis '{name}' repeats a category code.");
        var covers = list.Select(c => c.Covers.Select(axis.IndexOf).Distinct().Order().ToArray()).ToArray();
        for (var i = 0; i < covers.Length; i++)
        {
            Preconditions.CheckArgument(covers[i].Length > 0, nameof(categories), $"Table axis '{name}': category '{list[i].Code}' covers no finest value.");
        }
        return new TableAxis(name, axis, list.Select(c => c.Code).ToArray(), covers);
    }

    /// <summary>An axis with one category per finest value, preceded by a total covering them all.</summary>
    /// <param name="name">The table dimension's name.</param>
    /// <param name="axis">The finest axis (not a membership axis: use <see cref="Membership"/>).</param>
    /// <param name="total">The total's code, e.g. <c>total</c>.</param>
    /// <returns>The table axis.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static TableAxis WithTotal(string name, FinestAxis axis, string total = "total")
    {
        ArgumentNullException.ThrowIfNull(axis);
        ArgumentNullException.ThrowIfNull(total);
        return Create(name, axis, [(total, axis.Values), .. axis.Values.Select(v => (v, (IEnumerable<string>)[v]))]);
    }

    /// <summary>Bands of consecutive finest values (e.g. age bands over age segments), preceded by a total.</summary>
    /// <param name="name">The table dimension's name.</param>
    /// <param name="axis">The finest axis.</param>
    /// <param name="bands">(code, finest values) per band.</param>
    /// <param name="total">The total's code.</param>
    /// <returns>The table axis.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static TableAxis Bands(string name, FinestAxis axis, IEnumerable<(string Code, IEnumerable<string> Covers)> bands, string total = "total")
    {
        ArgumentNullException.ThrowIfNull(axis);
        ArgumentNullException.ThrowIfNull(bands);
        ArgumentNullException.ThrowIfNull(total);
        return Create(name, axis, [(total, axis.Values), .. bands]);
    }

    /// <summary>Service groups over a membership axis: the distinct-person total (all patterns) and, for each group, the
    /// patterns that contain it.</summary>
    /// <param name="name">The table dimension's name, e.g. <c>service_group</c>.</param>
    /// <param name="axis">A membership axis (<see cref="FinestAxis.MembershipPatterns"/>).</param>
    /// <param name="total">The total's code.</param>
    /// <param name="groups">The groups shown, or null for all of the axis's groups.</param>
    /// <returns>The table axis.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="axis"/> or <paramref name="total"/> is null.</exception>
    /// <exception cref="ArgumentException">Not a membership axis.</exception>
    public static TableAxis Membership(string name, FinestAxis axis, string total = "total", IEnumerable<string>? groups = null)
    {
        ArgumentNullException.ThrowIfNull(axis);
        ArgumentNullException.ThrowIfNull(total);
        Preconditions.CheckArgument(axis.IsMembership, nameof(axis), $"Finest axis '{axis.Name}' is not a membership axis.");
        return Create(name, axis, [(total, axis.Values), .. (groups ?? axis.Groups!).Select(g => (g, (IEnumerable<string>)axis.PatternsContaining(g)))]);
    }

    /// <summary>The name, finest axis and categories.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Name} over {Axis.Name}[{string.Join(",", Categories)}]";
}
