using System.Collections.Immutable;
using Kpr.Core.Services;

namespace Kpr.Core.Aggregation;

/// <summary>Which services are counted (before any breakdown): all, some codes, or some service groups.</summary>
public sealed class ServiceSelection
{
    private readonly bool[] _codes;

    private ServiceSelection(bool[] codes, string description)
    {
        _codes = codes;
        Description = description;
    }

    /// <summary>Every service code.</summary>
    public static ServiceSelection All { get; } = new(Enumerable.Repeat(true, 256).ToArray(), "all services");

    /// <summary>
    /// The published monthly comparison's scope: everything except velferdsteknologi and bolig (left out because of
    /// registration changes in 2019, domain notes §D2).
    /// </summary>
    public static ServiceSelection MonthlyComparisonDefault { get; } = ExceptGroups(ServiceCatalogue.Default, "velferdsteknologi", "bolig");

    /// <summary>A description, e.g. <c>groups: hjemmeboende</c>.</summary>
    public string Description { get; }

    /// <summary>The selected code numbers.</summary>
    public ImmutableArray<int> CodeNumbers => [.. Enumerable.Range(0, 256).Where(c => _codes[c])];

    /// <summary>Only these codes.</summary>
    /// <param name="codes">The codes.</param>
    public static ServiceSelection Codes(IEnumerable<ServiceCode> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        var set = new bool[256];
        var list = codes.ToList();
        foreach (var c in list)
        {
            set[c.Number] = true;
        }
        return new ServiceSelection(set, "codes: " + string.Join(";", list.Select(c => c.ToString()).Distinct()));
    }

    /// <summary>Only the codes of these service groups: Helsedirektoratet's five (e.g. <c>hjemmeboende</c>), the
    /// published series (<c>tidsbegrenset</c>, <c>langtidsopphold</c>, <c>koordinator_base</c>) or another named
    /// grouping's group (<see cref="ServiceCatalogue.SelectableGroups"/>).</summary>
    /// <param name="catalogue">The catalogue.</param>
    /// <param name="groupIds">Group ids.</param>
    /// <exception cref="KeyNotFoundException">An unknown group id (the message lists the known ones).</exception>
    public static ServiceSelection Groups(ServiceCatalogue catalogue, params string[] groupIds)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(groupIds);
        var codes = groupIds.SelectMany(id => catalogue.SelectableGroup(id).Codes);
        return Codes(codes) is var s ? new ServiceSelection(s._codes, "groups: " + string.Join(";", groupIds)) : s;
    }

    /// <summary>Every code except those of these service groups.</summary>
    /// <param name="catalogue">The catalogue.</param>
    /// <param name="groupIds">Group ids to leave out.</param>
    public static ServiceSelection ExceptGroups(ServiceCatalogue catalogue, params string[] groupIds)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(groupIds);
        var set = Enumerable.Repeat(true, 256).ToArray();
        foreach (var code in groupIds.SelectMany(id => catalogue.SelectableGroup(id).Codes))
        {
            set[code.Number] = false;
        }
        return new ServiceSelection(set, "all except groups: " + string.Join(";", groupIds));
    }

    /// <summary>Only the codes a grouping covers (e.g. <c>hdir_koordinator_base</c>).</summary>
    /// <param name="grouping">The grouping.</param>
    public static ServiceSelection Grouping(ServiceGrouping grouping)
    {
        ArgumentNullException.ThrowIfNull(grouping);
        return Codes(grouping.Codes) is var s ? new ServiceSelection(s._codes, "grouping: " + grouping.Id) : s;
    }

    /// <summary>Whether a code is selected.</summary>
    /// <param name="code">The code.</param>
    public bool Contains(ServiceCode code) => _codes[code.Number];

    /// <summary>The description.</summary>
    public override string ToString() => Description;

    internal bool[] Filter => _codes;

    /// <summary>The filter for counting recipients in a registration year: a record is selected when the code it is
    /// read as in that year is (<see cref="ServiceCatalogue.ReadAs(ServiceCode, int)"/>: 12/13 as 29 from 2019).</summary>
    internal bool[] FilterFor(int year)
    {
        var filter = new bool[256];
        for (var c = 0; c < 256; c++)
        {
            filter[c] = c >= ServiceCode.MinNumber && c <= ServiceCode.MaxNumber
                ? _codes[ServiceCatalogue.Default.ReadAs(ServiceCode.FromNumber(c), year).Number]
                : _codes[c];
        }
        return filter;
    }
}
