using System.Collections.Immutable;
using NodaTime;

namespace Kpr.Core.Services;

/// <summary>
/// The dated catalogue of KPR service codes (Helsedirektoratet code set 9151): which codes exist, what each meant on a
/// date, which group it belongs to, what replaced it, and how to recode it for statistics.
/// </summary>
/// <remarks>
/// <para><see cref="Default"/> is built from the embedded copy of the project's sourced tables (see
/// docs/data-sources.md). It is immutable and safe to share between threads; look-ups by code are array reads.</para>
/// <para>Typical use while reading a register extract: <see cref="Lookup"/> (or <see cref="IsValidOn"/>) to validate a
/// record's code on its date, then <see cref="Recode"/> to get the code and group to count it under.</para>
/// </remarks>
public sealed class ServiceCatalogue
{
    private static readonly Lazy<ServiceCatalogue> s_default = new(ServiceCatalogueData.LoadDefault);

    private readonly ServiceCodeInfo?[] _byNumber;

    internal ServiceCatalogue(ImmutableArray<ServiceCodeInfo> codes, ServiceGrouping hdirGrouping, ImmutableArray<ServiceGrouping> groupings)
    {
        Codes = codes;
        HdirGrouping = hdirGrouping;
        Groupings = groupings;
        _byNumber = new ServiceCodeInfo?[ServiceCode.MaxNumber + 1];
        foreach (var info in codes)
        {
            _byNumber[info.Code.Number] = info;
        }
    }

    /// <summary>The catalogue built from the embedded reference data (28 codes, Helsedirektoratet's five groups and
    /// SSB's groupings). Loaded on first use.</summary>
    public static ServiceCatalogue Default => s_default.Value;

    /// <summary>Every code the catalogue knows, ascending, whatever its validity.</summary>
    public ImmutableArray<ServiceCodeInfo> Codes { get; }

    /// <summary>Helsedirektoratet's five service groups as a grouping with id <c>hdir</c>: hjemmeboende, institusjon,
    /// velferdsteknologi, tvang, bolig. Total: every known code is in exactly one group.</summary>
    public ServiceGrouping HdirGrouping { get; }

    /// <summary>Helsedirektoratet's five service groups (the groups of <see cref="HdirGrouping"/>).</summary>
    public ImmutableArray<ServiceGroup> Groups => HdirGrouping.Groups;

    /// <summary>All named groupings: <see cref="HdirGrouping"/> first, then the published ones of other_groupings.csv
    /// (SSB KOSTRA hjemmetjenester, tidsbegrenset opphold, institusjon without KAD, high hours, and Helsedirektoratet's
    /// coordinator base), each a partial grouping with one group of the same id.</summary>
    public ImmutableArray<ServiceGrouping> Groupings { get; }

    /// <summary>The id of the grouping of published series (<see cref="PublishedGrouping"/>): <c>published</c>.</summary>
    public const string PublishedGroupingId = "published";

    /// <summary>
    /// The published series that are not one of Helsedirektoratet's five groups, as one grouping (no code in two):
    /// <c>tidsbegrenset</c> (8, 18, 19, 20: SSB's "tidsbegrenset opphold", domain notes §A2 [S9]),
    /// <c>langtidsopphold</c> (21) — the two institution series of Helsedirektoratet's pandemic report [S6] — and
    /// <c>koordinator_base</c> (1, 2, 3, 15: the base of the coordinator share). Source per group in the embedded
    /// services/published_groups.csv.
    /// </summary>
    public ServiceGrouping PublishedGrouping => Grouping(PublishedGroupingId);

    /// <summary>
    /// Every group that can be selected by id wherever a group is accepted (<c>ServiceSelection.Groups</c>, the CLI's
    /// <c>--service-group</c>): Helsedirektoratet's five groups, the published series of <see cref="PublishedGrouping"/>
    /// and the single group of each other named grouping (e.g. <c>ssb_institusjon</c>), in that order.
    /// </summary>
    public IEnumerable<ServiceGroup> SelectableGroups =>
        Groups.Concat(PublishedGrouping.Groups)
            .Concat(Groupings.Where(g => g.Id is not ("hdir" or PublishedGroupingId)).SelectMany(g => g.Groups));

    /// <summary>A selectable group by id (see <see cref="SelectableGroups"/>), e.g. <c>bolig</c>, <c>tidsbegrenset</c>,
    /// <c>ssb_institusjon</c>.</summary>
    /// <param name="groupId">The id.</param>
    /// <returns>The group.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="groupId"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No such group; the message lists the ids.</exception>
    public ServiceGroup SelectableGroup(string groupId)
    {
        ArgumentNullException.ThrowIfNull(groupId);
        return SelectableGroups.FirstOrDefault(g => string.Equals(g.Id, groupId, StringComparison.Ordinal))
            ?? throw new KeyNotFoundException($"No service group '{groupId}'; the groups are {string.Join(", ", SelectableGroups.Select(g => g.Id))}.");
    }

    /// <summary>Whether the catalogue knows a code (valid on some date).</summary>
    /// <param name="code">The code.</param>
    /// <returns>Whether it is known.</returns>
    public bool IsKnown(ServiceCode code) => _byNumber[code.Number] is not null;

    /// <summary>The catalogue row of a code, or null when unknown (undated: the row holds the validity period).</summary>
    /// <param name="code">The code.</param>
    /// <returns>The row or null.</returns>
    public ServiceCodeInfo? Find(ServiceCode code) => _byNumber[code.Number];

    /// <summary>The catalogue row of a code, whatever its validity.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The row.</returns>
    /// <exception cref="ServiceCodeException">The code is unknown (the message names it).</exception>
    public ServiceCodeInfo Get(ServiceCode code) =>
        _byNumber[code.Number] ?? throw new ServiceCodeException(code, null, ServiceCodeStatus.Unknown,
            $"Service code {code} is not in the service code catalogue.");

    /// <summary>Whether a code is known and valid on a date (validity inclusive at both ends).</summary>
    /// <param name="code">The code.</param>
    /// <param name="date">The date.</param>
    /// <returns>Whether it is valid.</returns>
    public bool IsValidOn(ServiceCode code, LocalDate date) => _byNumber[code.Number]?.IsValidOn(date) == true;

    /// <summary>What a code meant on a date: the status (valid, not yet valid, ended, unknown), the row when known and
    /// a message naming code and date. Never throws.</summary>
    /// <param name="code">The code.</param>
    /// <param name="date">The date.</param>
    /// <returns>The look-up result.</returns>
    public ServiceCodeLookup Lookup(ServiceCode code, LocalDate date)
    {
        var info = _byNumber[code.Number];
        return new ServiceCodeLookup(code, date, info?.StatusOn(date) ?? ServiceCodeStatus.Unknown, info);
    }

    /// <summary>The catalogue row of a code valid on a date.</summary>
    /// <param name="code">The code.</param>
    /// <param name="date">The date.</param>
    /// <returns>The row.</returns>
    /// <exception cref="ServiceCodeException">The code is unknown or not valid on the date; the message names both.</exception>
    public ServiceCodeInfo GetValidOn(ServiceCode code, LocalDate date) => Lookup(code, date).GetValidInfoOrThrow();

    /// <summary>The codes valid on a date, ascending (e.g. 12 and 13 on 2018-06-01; 29 instead from 2019-01-01).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The rows.</returns>
    public ImmutableArray<ServiceCodeInfo> ValidOn(LocalDate date) => Codes.Where(c => c.IsValidOn(date)).ToImmutableArray();

    /// <summary>The Helsedirektoratet group of a known code (undated: a code keeps its group).</summary>
    /// <param name="code">The code.</param>
    /// <returns>The group, e.g. <c>hjemmeboende</c> for 15.</returns>
    /// <exception cref="ServiceCodeException">The code is unknown.</exception>
    public ServiceGroup GroupOf(ServiceCode code) => Get(code).Group;

    /// <summary>One of Helsedirektoratet's five groups by id.</summary>
    /// <param name="groupId">The id, e.g. <c>hjemmeboende</c>.</param>
    /// <returns>The group.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="groupId"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No such group.</exception>
    public ServiceGroup Group(string groupId) => HdirGrouping.Group(groupId);

    /// <summary>A grouping by id: <c>hdir</c> or an id from other_groupings.csv such as <c>ssb_institusjon</c>.</summary>
    /// <param name="groupingId">The id.</param>
    /// <returns>The grouping.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="groupingId"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No such grouping; the message lists the ids.</exception>
    public ServiceGrouping Grouping(string groupingId)
    {
        ArgumentNullException.ThrowIfNull(groupingId);
        foreach (var grouping in Groupings)
        {
            if (string.Equals(grouping.Id, groupingId, StringComparison.Ordinal))
            {
                return grouping;
            }
        }
        throw new KeyNotFoundException($"No service grouping '{groupingId}'; the groupings are {string.Join(", ", Groupings.Select(g => g.Id))}.");
    }

    /// <summary>
    /// Recodes a code on a date for statistics, as Helsedirektoratet's published method does: a code valid on the date
    /// is kept; an ended code with a successor valid on the date is replaced (12 and 13 → 29 from 2019); 16 after 2018
    /// has no code but its leftovers count in group <c>hjemmeboende</c>; anything else is not counted.
    /// </summary>
    /// <remarks>
    /// <para>The result never carries a code that is invalid on the date, and recoding is idempotent. So 12 on
    /// 2018-06-01 stays 12 (29 did not exist yet); 12, 13 and 29 are all in group <c>bolig</c>, so group-level time
    /// series are consistent across the change.</para>
    /// <para>Never throws; the <see cref="ServiceRecoding.Reason"/> names code and date.</para>
    /// </remarks>
    /// <param name="code">The code as recorded.</param>
    /// <param name="date">The date it applies to (e.g. the counting date).</param>
    /// <returns>The recoding.</returns>
    public ServiceRecoding Recode(ServiceCode code, LocalDate date)
    {
        var info = _byNumber[code.Number];
        if (info is null)
        {
            return new ServiceRecoding(code, date, RecodeOutcome.Unknown, null, null, null);
        }
        var status = info.StatusOn(date);
        if (status == ServiceCodeStatus.Valid)
        {
            return new ServiceRecoding(code, date, RecodeOutcome.Unchanged, code, info.Group, info);
        }
        if (status == ServiceCodeStatus.Ended)
        {
            // Follow the chain of successors (only one step in the data, but a chain costs nothing to honour).
            var current = info;
            for (var step = 0; step < ServiceCode.MaxNumber && current.Succession == ServiceCodeSuccession.ReplacedByCode; step++)
            {
                var next = _byNumber[current.ReplacedBy!.Value.Number];
                if (next is null)
                {
                    break;
                }
                if (next.IsValidOn(date))
                {
                    return new ServiceRecoding(code, date, RecodeOutcome.Recoded, next.Code, next.Group, info);
                }
                current = next;
            }
            if (info.Succession == ServiceCodeSuccession.BecamePersonAttribute && info.LeftoversGroup is { } group)
            {
                return new ServiceRecoding(code, date, RecodeOutcome.CountedInGroup, null, group, info);
            }
        }
        return new ServiceRecoding(code, date, RecodeOutcome.NotValidOnDate, null, null, info);
    }

    /// <summary>
    /// The code a record carrying <paramref name="code"/> counts under in registration year <paramref name="year"/>,
    /// whatever the decision's start date: Helsedirektoratet reads 12 and 13 as 29 for every registration year from
    /// 2019 (domain notes §A3 [S4]), so an open 12 decision from 2015 counts as 29 in 2021.
    /// </summary>
    /// <remarks>A code valid at some time in the year is returned unchanged (12 in 2018). A code that ended before the
    /// year and has a successor valid on 31 December is replaced by it. A code that ended without a successor keeps its
    /// number: 16 after 2018 still counts, in its leftovers group <c>hjemmeboende</c> (<see cref="Recode"/>). An
    /// unknown code is returned unchanged. Never throws.</remarks>
    /// <param name="code">The code as recorded.</param>
    /// <param name="year">The registration year counted.</param>
    /// <returns>The code to count under.</returns>
    public ServiceCode ReadAs(ServiceCode code, int year) => ReadAs(code, year, year);

    /// <summary>As <see cref="ReadAs(ServiceCode, int)"/> for a span of years: the code itself when it was valid in
    /// any year of the span (so a 12 start of 2018 stays 12 in a 2018–2021 table of starts), else its reading in the
    /// last year.</summary>
    internal ServiceCode ReadAs(ServiceCode code, int firstYear, int lastYear)
    {
        if (_byNumber[code.Number] is not { } info)
        {
            return code;
        }
        for (var y = firstYear; y <= lastYear; y++)
        {
            if (info.IsValidOn(new LocalDate(y, 1, 1)) || info.IsValidOn(new LocalDate(y, 12, 31)))
            {
                return code;
            }
        }
        return Recode(code, new LocalDate(lastYear, 12, 31)).Code ?? code;
    }

    /// <summary>Whether records carrying the code count in some year of the span: valid then, or ended with its
    /// leftovers counted in a group (16 after 2018).</summary>
    internal bool CountsIn(ServiceCode code, int firstYear, int lastYear)
    {
        for (var y = firstYear; y <= lastYear; y++)
        {
            var recoding = Recode(code, new LocalDate(y, 12, 31));
            if (recoding.Outcome is RecodeOutcome.Unchanged or RecodeOutcome.CountedInGroup || IsValidOn(code, new LocalDate(y, 1, 1)))
            {
                return true;
            }
        }
        return false;
    }
}
