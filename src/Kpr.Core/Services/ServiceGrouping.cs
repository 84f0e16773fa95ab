using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Kpr.Core.Services;

/// <summary>
/// A named way of sorting service codes into disjoint groups: Helsedirektoratet's five service groups
/// (<see cref="ServiceCatalogue.HdirGrouping"/>), SSB's KOSTRA groupings, or one of your own
/// (<see cref="Create"/>).
/// </summary>
/// <remarks>
/// <para><b>Contract.</b> The groups of a grouping are disjoint: a code belongs to at most one of them (checked
/// when the grouping is created). A grouping may be <em>partial</em>: it need not cover every code. SSB's
/// groupings each consist of a single group (e.g. <c>ssb_institusjon</c> = 8, 17–22) and leave the other codes
/// out; for a code outside, <see cref="GroupOf"/> returns null and <see cref="Covers"/> false. Helsedirektoratet's
/// grouping is total: every code in the catalogue belongs to exactly one of its five groups.</para>
/// <para>Membership is not dated; combine with <see cref="ServiceCatalogue.ValidOn"/> for a date.</para>
/// </remarks>
[JsonConverter(typeof(ServiceGroupingJsonConverter))]
public sealed class ServiceGrouping : IFormattable
{
    private readonly ImmutableDictionary<ServiceCode, ServiceGroup> _byCode;
    private readonly ServiceGroup?[] _byNumber; // GroupOf is on the per-record path: an array read

    private ServiceGrouping(string id, string name, ImmutableArray<ServiceGroup> groups, ImmutableDictionary<ServiceCode, ServiceGroup> byCode)
    {
        Id = id;
        Name = name;
        Groups = groups;
        _byCode = byCode;
        _byNumber = new ServiceGroup?[ServiceCode.MaxNumber + 1];
        foreach (var (code, group) in byCode)
        {
            _byNumber[code.Number] = group;
        }
    }

    /// <summary>The grouping's id, e.g. <c>hdir</c> or <c>ssb_institusjon</c>.</summary>
    public string Id { get; }

    /// <summary>A descriptive name.</summary>
    public string Name { get; }

    /// <summary>The groups, in the order given.</summary>
    public ImmutableArray<ServiceGroup> Groups { get; }

    /// <summary>The codes covered by some group, ascending.</summary>
    public IEnumerable<ServiceCode> Codes => _byCode.Keys.Order();

    /// <summary>Creates a grouping from disjoint groups.</summary>
    /// <param name="id">A short id without white space.</param>
    /// <param name="name">A descriptive name.</param>
    /// <param name="groups">The groups: at least one, distinct ids, no code in two groups.</param>
    /// <returns>The grouping.</returns>
    /// <exception cref="ArgumentNullException">An argument or a group is null.</exception>
    /// <exception cref="ArgumentException">Empty id or name, no groups, a repeated group id, or a code in two
    /// groups (the message names the code and both groups).</exception>
    public static ServiceGrouping Create(string id, string name, IEnumerable<ServiceGroup> groups)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(groups);
        if (id.Length == 0 || id.Any(char.IsWhiteSpace))
        {
            throw new ArgumentException($"A grouping id must be non-empty without white space, got '{id}'.", nameof(id));
        }
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var list = groups.ToImmutableArray();
        if (list.IsEmpty)
        {
            throw new ArgumentException($"Grouping '{id}' has no groups.", nameof(groups));
        }
        var byCode = ImmutableDictionary.CreateBuilder<ServiceCode, ServiceGroup>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in list)
        {
            if (group is null)
            {
                throw new ArgumentNullException(nameof(groups), $"Grouping '{id}' has a null group.");
            }
            if (!ids.Add(group.Id))
            {
                throw new ArgumentException($"Grouping '{id}' has two groups with id '{group.Id}'.", nameof(groups));
            }
            foreach (var code in group.Codes)
            {
                if (byCode.TryGetValue(code, out var other))
                {
                    throw new ArgumentException(
                        $"Grouping '{id}': code {code} is in both group '{other.Id}' and group '{group.Id}'; groups must be disjoint.",
                        nameof(groups));
                }
                byCode.Add(code, group);
            }
        }
        return new ServiceGrouping(id, name, list, byCode.ToImmutable());
    }

    /// <summary>The group a code belongs to in this grouping, or null when the grouping does not cover it.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The group or null.</returns>
    public ServiceGroup? GroupOf(ServiceCode code) => _byNumber[code.Number];

    /// <summary>Whether some group of this grouping contains the code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>Whether the code is covered.</returns>
    public bool Covers(ServiceCode code) => _byNumber[code.Number] is not null;

    /// <summary>The group with an id.</summary>
    /// <param name="groupId">The group id.</param>
    /// <returns>The group.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="groupId"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No such group; the message lists the ids.</exception>
    public ServiceGroup Group(string groupId)
    {
        ArgumentNullException.ThrowIfNull(groupId);
        foreach (var group in Groups)
        {
            if (string.Equals(group.Id, groupId, StringComparison.Ordinal))
            {
                return group;
            }
        }
        throw new KeyNotFoundException($"Grouping '{Id}' has no group '{groupId}'; its groups are {string.Join(", ", Groups.Select(g => g.Id))}.");
    }

    /// <summary>The id (culture-invariant).</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Id;

    /// <summary>Formats the grouping: <c>null</c>/<c>"G"</c> the id, <c>"N"</c> the name.</summary>
    /// <param name="format">G or N.</param>
    /// <param name="formatProvider">Ignored (grouping names come from the sources in one language).</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">Unknown format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => format switch
    {
        null or "" or "G" or "g" => Id,
        "N" or "n" => Name,
        _ => throw new FormatException($"Unknown service grouping format '{format}': use G or N."),
    };
}
