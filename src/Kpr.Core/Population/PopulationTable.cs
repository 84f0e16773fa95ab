using System.Numerics;
using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using Kpr.Core.Regions;
using NodaTime;

namespace Kpr.Core.Population;

/// <summary>
/// Residents of Norway on 1 January by municipality, sex and single year of age (SSB StatBank table 07459,
/// 2018–2025; 2018–2019 by municipality without sex), and the denominators statistics need: by municipality
/// (harmonised to one year's structure), helsefellesskap, regional health authority or country, by age group and
/// sex, for an explicit reference date.
/// </summary>
/// <remarks>
/// <para><b>Reference date.</b> For statistics year Y, <see cref="PopulationReference.StartOfYear"/> is SSB's
/// 1 January Y, <see cref="PopulationReference.EndOfYear"/> (the default, as in KPR rates per 1000) is 1 January Y+1,
/// and <see cref="PopulationReference.Mean"/> their mean.</para>
/// <para><b>Structure.</b> Municipality figures are harmonised to the codes of a structure year S (default Y):
/// renumberings and mergers add up exactly; where an area was divided (a split going forward, a merger going
/// backward), each single-age × sex cell is distributed in proportion to the population of the receiving codes in
/// the same cell on the nearest 1 January on the receiving side (the first year of the new structure going forward,
/// the last year of the old one going backward). Helsefellesskap membership is taken on 31 December of S.
/// See docs/methods.md.</para>
/// <para><b>Missing data</b> gives <see cref="PopulationFigure.NotAvailable"/> naming what is missing (sex by
/// municipality before 2020; any 1 January outside 2018–2025), never zeros.</para>
/// <para>The data (1.9 MB compressed, embedded) load on first use. Thread safety: immutable to callers; internal
/// caches are thread-safe.</para>
/// </remarks>
public sealed class PopulationTable
{
    /// <summary>First 1 January in the data.</summary>
    public const int FirstYear = 2018;

    /// <summary>Last 1 January in the data.</summary>
    public const int LastYear = 2025;

    /// <summary>The region key used for the whole country.</summary>
    public const string CountryKey = "Norway";

    internal const int Ages = AgeGroup.TopAge + 1;

    private static readonly Lazy<PopulationTable> LazyDefault = new(PopulationLoader.Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly PopulationYearData[] _years;
    private readonly int[][] _national; // [year - FirstYear][slot * Ages + age], slot 0 total, 1 male, 2 female
    private readonly MunicipalityHistory _history;
    private readonly ConcurrentDictionary<(int Data, int Structure), Harmonised> _harmonised = new();
    private readonly ConditionalWeakTable<HelsefellesskapDirectory, ConcurrentDictionary<int, int[]>> _membership = new();

    internal PopulationTable(PopulationYearData[] years, int[][] national, MunicipalityHistory history, double samplingFraction = 1.0)
    {
        _years = years;
        _national = national;
        _history = history;
        SamplingFraction = samplingFraction;
    }

    /// <summary>
    /// The share of the population a register covers when it is a random sample (1 for a whole register): every figure
    /// of this table is SSB's figure multiplied by it, so that rates per 1 000 over a sampled register are comparable
    /// with national ones (count / (fraction × population)). See <see cref="Scaled"/>.
    /// </summary>
    public double SamplingFraction { get; }

    /// <summary>
    /// The same table for a register that is a simple random sample of the population: all figures (1 January counts,
    /// denominators of every level) are multiplied by <paramref name="samplingFraction"/>. A synthetic register of
    /// fewer persons than the country (Kpr.Core.Synthetic) or a survey-style extract uses this, so that rates and their
    /// intervals are computed against the population the sample stands for; counts stay the sample's own. Fractions
    /// compose: <c>Scaled(a).Scaled(b)</c> scales by a·b.
    /// </summary>
    /// <param name="samplingFraction">The sampling fraction, in (0, 1].</param>
    /// <returns>The scaled view (shares the data; caches are its own).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The fraction is not in (0, 1].</exception>
    public PopulationTable Scaled(double samplingFraction)
    {
        if (!(samplingFraction > 0 && samplingFraction <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(samplingFraction), samplingFraction, "A sampling fraction must be in (0, 1].");
        }
        return new PopulationTable(_years, _national, _history, SamplingFraction * samplingFraction);
    }

    private PopulationFigure Figure(double value) => PopulationFigure.Of(value * SamplingFraction);

    /// <summary>The built-in table (SSB 07459; loaded on first use).</summary>
    public static PopulationTable Default => LazyDefault.Value;

    /// <summary>Whether municipality figures for 1 January of <paramref name="year"/> are split by sex (2020–2025).</summary>
    /// <param name="year">The year.</param>
    /// <returns>True when by sex.</returns>
    public bool HasSexByMunicipality(int year) => year is >= FirstYear and <= LastYear && _years[year - FirstYear].HasSex;

    /// <summary>The municipality codes in the data for 1 January of a year (the codes valid that year).</summary>
    /// <param name="year">2018–2025.</param>
    /// <returns>The codes in order.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A year outside the data.</exception>
    public IReadOnlyList<MunicipalityCode> CodesIn(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, FirstYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, LastYear);
        return _years[year - FirstYear].Codes;
    }

    /// <summary>SSB's figure as given: residents of a municipality (code valid that year) on 1 January.</summary>
    /// <param name="year">The year of the 1 January count.</param>
    /// <param name="code">A code valid on 1 January of <paramref name="year"/>.</param>
    /// <param name="ageGroup">The age band.</param>
    /// <param name="sex">A sex, or null for both.</param>
    /// <returns>The figure, or not available (year outside 2018–2025, sex in 2018–2019, code not in that year's data).</returns>
    public PopulationFigure OnFirstJanuary(int year, MunicipalityCode code, AgeGroup ageGroup, Sex? sex = null)
    {
        if (year is < FirstYear or > LastYear)
        {
            return PopulationFigure.NotAvailable(YearMissing(year));
        }
        if (AgeMissing(ageGroup) is { } ageMissing)
        {
            return PopulationFigure.NotAvailable(ageMissing);
        }
        var data = _years[year - FirstYear];
        if (sex is not null && !data.HasSex)
        {
            return PopulationFigure.NotAvailable(SexMissing(year));
        }
        if (!data.Index.TryGetValue(code, out var i))
        {
            return PopulationFigure.NotAvailable(string.Create(CultureInfo.InvariantCulture, $"population of {code} on 1 January {year}: ") + (_history.ExplainInvalid(code, new LocalDate(year, 1, 1)) ?? "code not in SSB's data for that year"));
        }
        return Figure(Sum(data.Values, i, data.Slots, ageGroup, sex is null ? -1 : SlotOf(sex.Value, data.HasSex)));
    }

    /// <summary>SSB's national figure as given: residents of Norway on 1 January (by sex for every year 2018–2025).</summary>
    /// <param name="year">The year of the 1 January count.</param>
    /// <param name="ageGroup">The age band.</param>
    /// <param name="sex">A sex, or null for both.</param>
    /// <returns>The figure, or not available for a year outside 2018–2025.</returns>
    public PopulationFigure NationalOnFirstJanuary(int year, AgeGroup ageGroup, Sex? sex = null)
    {
        if (year is < FirstYear or > LastYear)
        {
            return PopulationFigure.NotAvailable(YearMissing(year));
        }
        if (AgeMissing(ageGroup) is { } ageMissing)
        {
            return PopulationFigure.NotAvailable(ageMissing);
        }
        var slot = sex switch { null => 0, Sex.Male => 1, Sex.Female => 2, _ => throw new ArgumentOutOfRangeException(nameof(sex)) };
        var values = _national[year - FirstYear];
        double total = 0;
        for (var age = ageGroup.From; age <= Math.Min(ageGroup.To ?? AgeGroup.TopAge, AgeGroup.TopAge); age++)
        {
            total += values[(slot * Ages) + age];
        }
        return Figure(total);
    }

    /// <summary>Population denominators for every region of a level × age band (× sex) for statistics year <paramref name="year"/>.</summary>
    /// <param name="year">The statistics year.</param>
    /// <param name="level">The region level.</param>
    /// <param name="ageGroups">The age bands.</param>
    /// <param name="bySex">Split by sex.</param>
    /// <param name="reference">Start, end (default) or mean of the year.</param>
    /// <param name="structureYear">The municipality structure to harmonise to (2018–2026; default <paramref name="year"/>, clamped to that range).</param>
    /// <param name="directory">The helsefellesskap membership table (default: built-in).</param>
    /// <returns>The cells, or the reason the data cannot answer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ageGroups"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A structure year outside 2018–2026 or an undefined enum value.</exception>
    public PopulationResult Query(int year, RegionLevel level, AgeGroupSet ageGroups, bool bySex = false,
        PopulationReference reference = PopulationReference.EndOfYear, int? structureYear = null, HelsefellesskapDirectory? directory = null)
    {
        ArgumentNullException.ThrowIfNull(ageGroups);
        var s = ResolveStructureYear(year, structureYear);
        CheckEnums(level, reference);
        directory ??= HelsefellesskapDirectory.Default;
        PopulationResult Result(IReadOnlyList<PopulationCell> cells, string? missing) => new(year, reference, level, s, ageGroups, bySex, cells, missing);
        if (Missing(year, reference, bySex && level != RegionLevel.Country) is { } missing)
        {
            return Result([], missing);
        }
        var groups = ageGroups.Groups;
        var sexes = bySex ? new Sex?[] { Sex.Male, Sex.Female } : new Sex?[] { null };
        var cells = new List<PopulationCell>();
        if (level == RegionLevel.Country)
        {
            foreach (var g in groups)
            {
                foreach (var sex in sexes)
                {
                    cells.Add(new PopulationCell(CountryKey, "Norge", g, sex, CountryValue(year, reference, g, sex)));
                }
            }
            return Result(cells, null);
        }
        var dataYears = DataYears(year, reference);
        var harmonised = dataYears.Select(d => Harmonise(d, s)).ToArray();
        var codes = harmonised[0].Codes;
        var date = new LocalDate(s, 12, 31);
        // Region index per municipality of structure s, and the region list.
        var regionKeys = new List<(string Key, string Name)>();
        int[] regionOf;
        if (level == RegionLevel.Municipality)
        {
            regionOf = Enumerable.Range(0, codes.Length).ToArray();
            regionKeys.AddRange(codes.Select(c => (c.ToString(), _history.Find(c, date)?.Name ?? "")));
        }
        else
        {
            var hfIndex = MembershipIndex(directory, s, codes);
            if (level == RegionLevel.Helsefellesskap)
            {
                regionOf = hfIndex;
                regionKeys.AddRange(directory.All.Select(h => (h.Id, h.Name)));
            }
            else
            {
                regionOf = hfIndex.Select(i => (int)directory.All[i].RegionalHealthAuthority - 1).ToArray();
                regionKeys.AddRange(RegionalHealthAuthorities.All.Select(a => (a.Name(), a.Name())));
            }
        }
        var sums = new double[regionKeys.Count, groups.Count, sexes.Length];
        foreach (var h in harmonised)
        {
            for (var c = 0; c < codes.Length; c++)
            {
                var r = regionOf[c];
                for (var slot = 0; slot < h.Slots; slot++)
                {
                    var sexIndex = bySex ? slot : 0;
                    var offset = ((c * h.Slots) + slot) * Ages;
                    for (var age = 0; age < Ages; age++)
                    {
                        sums[r, ageGroups.IndexOf(age), sexIndex] += h.Values[offset + age];
                    }
                }
            }
        }
        var divisor = harmonised.Length;
        for (var r = 0; r < regionKeys.Count; r++)
        {
            for (var g = 0; g < groups.Count; g++)
            {
                for (var x = 0; x < sexes.Length; x++)
                {
                    cells.Add(new PopulationCell(regionKeys[r].Key, regionKeys[r].Name, groups[g], sexes[x], sums[r, g, x] / divisor * SamplingFraction));
                }
            }
        }
        return Result(cells, null);
    }

    /// <summary>The denominator for one municipality (a code of the structure year).</summary>
    /// <param name="code">A code valid in the structure year.</param>
    /// <param name="year">The statistics year.</param>
    /// <param name="ageGroup">The age band.</param>
    /// <param name="sex">A sex, or null for both.</param>
    /// <param name="reference">Start, end (default) or mean of the year.</param>
    /// <param name="structureYear">The structure year (default <paramref name="year"/>, clamped to 2018–2026).</param>
    /// <returns>The figure, or what is missing.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not valid in the structure year.</exception>
    public PopulationFigure ForMunicipality(MunicipalityCode code, int year, AgeGroup ageGroup, Sex? sex = null,
        PopulationReference reference = PopulationReference.EndOfYear, int? structureYear = null)
    {
        var s = ResolveStructureYear(year, structureYear);
        CheckEnums(RegionLevel.Municipality, reference);
        if (!_history.IsValidOn(code, new LocalDate(s, 12, 31)))
        {
            throw new ArgumentException($"{code} is not a code of the {s} structure: {_history.ExplainInvalid(code, new LocalDate(s, 12, 31))}. Harmonise it first or pass structureYear.", nameof(code));
        }
        if ((AgeMissing(ageGroup) ?? Missing(year, reference, sex is not null)) is { } missing)
        {
            return PopulationFigure.NotAvailable(missing);
        }
        var total = 0.0;
        var years = DataYears(year, reference);
        foreach (var d in years)
        {
            var h = Harmonise(d, s);
            total += Sum(h.Values, h.Index[code], h.Slots, ageGroup, sex is null ? -1 : SlotOf(sex.Value, true));
        }
        return Figure(total / years.Length);
    }

    /// <summary>The denominator for one helsefellesskap (membership on 31 December of the structure year).</summary>
    /// <param name="helsefellesskapId">The id, e.g. <c>bergen</c>.</param>
    /// <param name="year">The statistics year.</param>
    /// <param name="ageGroup">The age band.</param>
    /// <param name="sex">A sex, or null for both.</param>
    /// <param name="reference">Start, end (default) or mean of the year.</param>
    /// <param name="structureYear">The structure year (default <paramref name="year"/>, clamped to 2018–2026).</param>
    /// <param name="directory">The membership table (default: built-in).</param>
    /// <returns>The figure, or what is missing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="helsefellesskapId"/> is null.</exception>
    /// <exception cref="ArgumentException">Unknown id.</exception>
    public PopulationFigure ForHelsefellesskap(string helsefellesskapId, int year, AgeGroup ageGroup, Sex? sex = null,
        PopulationReference reference = PopulationReference.EndOfYear, int? structureYear = null, HelsefellesskapDirectory? directory = null)
    {
        ArgumentNullException.ThrowIfNull(helsefellesskapId);
        directory ??= HelsefellesskapDirectory.Default;
        var target = directory.Get(helsefellesskapId);
        var index = IndexOf(directory.All, target);
        return RegionSum(year, ageGroup, sex, reference, structureYear, directory, hf => hf == index);
    }

    /// <summary>The denominator for one regional health authority (via helsefellesskap membership).</summary>
    /// <param name="authority">The authority.</param>
    /// <param name="year">The statistics year.</param>
    /// <param name="ageGroup">The age band.</param>
    /// <param name="sex">A sex, or null for both.</param>
    /// <param name="reference">Start, end (default) or mean of the year.</param>
    /// <param name="structureYear">The structure year (default <paramref name="year"/>, clamped to 2018–2026).</param>
    /// <param name="directory">The membership table (default: built-in).</param>
    /// <returns>The figure, or what is missing.</returns>
    public PopulationFigure ForRegionalHealthAuthority(RegionalHealthAuthority authority, int year, AgeGroup ageGroup, Sex? sex = null,
        PopulationReference reference = PopulationReference.EndOfYear, int? structureYear = null, HelsefellesskapDirectory? directory = null)
    {
        _ = authority.Name(); // validates the value
        directory ??= HelsefellesskapDirectory.Default;
        var all = directory.All;
        return RegionSum(year, ageGroup, sex, reference, structureYear, directory, hf => all[hf].RegionalHealthAuthority == authority);
    }

    /// <summary>The denominator for Norway (SSB's national figures; by sex in every year).</summary>
    /// <param name="year">The statistics year.</param>
    /// <param name="ageGroup">The age band.</param>
    /// <param name="sex">A sex, or null for both.</param>
    /// <param name="reference">Start, end (default) or mean of the year.</param>
    /// <returns>The figure, or what is missing.</returns>
    public PopulationFigure ForCountry(int year, AgeGroup ageGroup, Sex? sex = null, PopulationReference reference = PopulationReference.EndOfYear)
    {
        CheckEnums(RegionLevel.Country, reference);
        return (AgeMissing(ageGroup) ?? Missing(year, reference, false)) is { } missing
            ? PopulationFigure.NotAvailable(missing)
            : PopulationFigure.Of(CountryValue(year, reference, ageGroup, sex)); // already scaled
    }

    /// <summary>
    /// How to distribute a count recorded under <paramref name="code"/> (a code of <paramref name="fromYear"/>'s
    /// structure) over the codes of <paramref name="toYear"/>'s structure: one share of 1 for renumberings and
    /// mergers; population-weighted shares where the area was divided (see the type remarks).
    /// </summary>
    /// <param name="code">A code valid in <paramref name="fromYear"/>.</param>
    /// <param name="fromYear">Source structure year, 2018–2026.</param>
    /// <param name="toYear">Target structure year, 2018–2026.</param>
    /// <param name="ageGroup">The age band whose population sets the weights (default everybody).</param>
    /// <param name="sex">The sex whose population sets the weights where known (default both).</param>
    /// <returns>The shares, in code order, summing to 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A year outside 2018–2026.</exception>
    /// <exception cref="ArgumentException">The code is not valid in <paramref name="fromYear"/>, or the age band reaches past 104 without being open-ended.</exception>
    public IReadOnlyList<MunicipalityShare> HarmonisationWeights(MunicipalityCode code, int fromYear, int toYear, AgeGroup? ageGroup = null, Sex? sex = null)
    {
        CheckStructure(fromYear);
        CheckStructure(toYear);
        var mapping = _history.Harmonise(code, fromYear, toYear); // validates the code
        if (!mapping.IsAmbiguous)
        {
            return [new MunicipalityShare(mapping.Single, 1.0)];
        }
        var group = ageGroup ?? AgeGroup.All;
        if (AgeMissing(group) is { } ageMissing)
        {
            throw new ArgumentException("No weights for " + ageMissing + ".", nameof(ageGroup));
        }
        // Tracks of territory, not bare codes: a split that re-created an earlier municipality is followed exactly.
        var current = new List<(TerritoryTrack Track, double Share)> { (TerritoryTrack.Start(code), 1.0) };
        foreach (var (date, forward) in _history.Steps(fromYear, toYear))
        {
            var weightsYear = WeightsYear(date, forward);
            var next = new List<(TerritoryTrack, double)>();
            foreach (var (track, share) in current)
            {
                var targets = Targets(track, date, forward);
                if (targets.Length == 1)
                {
                    next.Add((targets[0], share));
                    continue;
                }
                var data = _years[weightsYear - FirstYear];
                var slot = sex is null || !data.HasSex ? -1 : SlotOf(sex.Value, true);
                var w = targets.Select(t => Sum(data.Values, data.Index[t.Code], data.Slots, group, slot)).ToArray();
                var sum = w.Sum();
                for (var i = 0; i < targets.Length; i++)
                {
                    next.Add((targets[i], share * (sum > 0 ? w[i] / sum : 1.0 / targets.Length)));
                }
            }
            current = next;
        }
        return current.GroupBy(t => t.Track.Code).OrderBy(g => g.Key).Select(g => new MunicipalityShare(g.Key, g.Sum(t => t.Share))).ToArray();
    }

    /// <summary>
    /// Places one record (one person, one episode) of <paramref name="fromYear"/>'s structure in
    /// <paramref name="toYear"/>'s structure. Renumberings and mergers give their code; where the area was divided the
    /// <paramref name="rule"/> decides: <see cref="SplitRule.Reject"/> gives null, <see cref="SplitRule.LargestShare"/>
    /// the code with the largest <see cref="HarmonisationWeights"/> share for the record's age band and sex.
    /// </summary>
    /// <param name="code">A code valid in <paramref name="fromYear"/>.</param>
    /// <param name="fromYear">Source structure year, 2018–2026.</param>
    /// <param name="toYear">Target structure year, 2018–2026.</param>
    /// <param name="rule">What to do when the area was divided.</param>
    /// <param name="ageGroup">The record's age band, for the weights (default everybody).</param>
    /// <param name="sex">The record's sex, for the weights where known.</param>
    /// <returns>The code, or null when ambiguous under <see cref="SplitRule.Reject"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A year outside 2018–2026 or an unknown rule.</exception>
    /// <exception cref="ArgumentException">The code is not valid in <paramref name="fromYear"/>.</exception>
    public MunicipalityCode? HarmoniseRecord(MunicipalityCode code, int fromYear, int toYear, SplitRule rule, AgeGroup? ageGroup = null, Sex? sex = null)
    {
        if (rule is not (SplitRule.Reject or SplitRule.LargestShare))
        {
            throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown split rule.");
        }
        CheckStructure(fromYear);
        CheckStructure(toYear);
        var mapping = _history.Harmonise(code, fromYear, toYear);
        if (!mapping.IsAmbiguous)
        {
            return mapping.Single;
        }
        if (rule == SplitRule.Reject)
        {
            return null;
        }
        // Ties go to the lower code, so the choice is deterministic.
        return HarmonisationWeights(code, fromYear, toYear, ageGroup, sex)
            .OrderByDescending(s => s.Weight).ThenBy(s => s.Code).First().Code;
    }

    private PopulationFigure RegionSum(int year, AgeGroup ageGroup, Sex? sex, PopulationReference reference, int? structureYear, HelsefellesskapDirectory directory, Func<int, bool> includeHf)
    {
        var s = ResolveStructureYear(year, structureYear);
        CheckEnums(RegionLevel.Helsefellesskap, reference);
        if ((AgeMissing(ageGroup) ?? Missing(year, reference, sex is not null)) is { } missing)
        {
            return PopulationFigure.NotAvailable(missing);
        }
        var years = DataYears(year, reference);
        var total = 0.0;
        foreach (var d in years)
        {
            var h = Harmonise(d, s);
            var hf = MembershipIndex(directory, s, h.Codes);
            for (var c = 0; c < h.Codes.Length; c++)
            {
                if (includeHf(hf[c]))
                {
                    total += Sum(h.Values, c, h.Slots, ageGroup, sex is null ? -1 : SlotOf(sex.Value, true));
                }
            }
        }
        return Figure(total / years.Length);
    }

    private double CountryValue(int year, PopulationReference reference, AgeGroup group, Sex? sex)
    {
        var years = DataYears(year, reference);
        return years.Sum(d => NationalOnFirstJanuary(d, group, sex).Value) / years.Length;
    }

    private static int[] DataYears(int year, PopulationReference reference) => reference switch
    {
        PopulationReference.StartOfYear => [year],
        PopulationReference.EndOfYear => [year + 1],
        _ => [year, year + 1],
    };

    private string? Missing(int year, PopulationReference reference, bool sexByMunicipality)
    {
        foreach (var d in DataYears(year, reference))
        {
            if (d is < FirstYear or > LastYear)
            {
                return YearMissing(d) + string.Create(CultureInfo.InvariantCulture, $" (needed for the {Describe(reference)} of {year})");
            }
            if (sexByMunicipality && !_years[d - FirstYear].HasSex)
            {
                return SexMissing(d);
            }
        }
        return null;
    }

    private static string Describe(PopulationReference reference) => reference switch
    {
        PopulationReference.StartOfYear => "start",
        PopulationReference.EndOfYear => "end",
        _ => "mean of the start and end",
    };

    // SSB's top age 105 means "105 or older": a band is answerable when it ends below 105 or is open from 105 or lower.
    private static string? AgeMissing(AgeGroup group) =>
        group.IsOpenEnded ? (group.From <= AgeGroup.TopAge ? null : string.Create(CultureInfo.InvariantCulture, $"population aged {group}: SSB 07459 counts ages 105 and older together"))
        : group.To < AgeGroup.TopAge ? null : string.Create(CultureInfo.InvariantCulture, $"population aged {group}: SSB 07459 counts ages 105 and older together, so a band must end below 105 or be open-ended (e.g. 90+)");

    private static string YearMissing(int year) => string.Create(CultureInfo.InvariantCulture,
        $"population on 1 January {year}: SSB table 07459 is embedded for 1 January {FirstYear}–{LastYear}");

    private static string SexMissing(int year) => string.Create(CultureInfo.InvariantCulture,
        $"population by sex for municipalities on 1 January {year}: SSB table 07459 as embedded has municipal totals only for 2018–2019 (by sex only for the whole country)");

    private static int ResolveStructureYear(int year, int? structureYear)
    {
        var s = structureYear ?? Math.Clamp(year, FirstYear, MunicipalityHistory.LastStructureYear);
        CheckStructure(s, nameof(structureYear));
        return s;
    }

    private static void CheckStructure(int s, string name = "year")
    {
        if (s < FirstYear || s > MunicipalityHistory.LastStructureYear)
        {
            throw new ArgumentOutOfRangeException(name, s, $"Population can be harmonised to the municipality structure of {FirstYear}–{MunicipalityHistory.LastStructureYear} (earlier structures have no population data for weights).");
        }
    }

    private static void CheckEnums(RegionLevel level, PopulationReference reference)
    {
        if (level is < RegionLevel.Municipality or > RegionLevel.Country)
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown region level.");
        }
        if (reference is < PopulationReference.StartOfYear or > PopulationReference.Mean)
        {
            throw new ArgumentOutOfRangeException(nameof(reference), reference, "Unknown population reference.");
        }
    }

    private static int IndexOf(IReadOnlyList<Helsefellesskap> all, Helsefellesskap h)
    {
        for (var i = 0; i < all.Count; i++)
        {
            if (all[i].Equals(h))
            {
                return i;
            }
        }
        return -1;
    }

    private int[] MembershipIndex(HelsefellesskapDirectory directory, int s, MunicipalityCode[] codes)
    {
        var byYear = _membership.GetValue(directory, _ => new ConcurrentDictionary<int, int[]>());
        return byYear.GetOrAdd(s, year =>
        {
            // The same rule as the counting dimensions (MunicipalityInYear); a code with none is an error here.
            var date = new LocalDate(year, 12, 31);
            return codes.Select(c => IndexOf(directory.All, MunicipalityInYear.HelsefellesskapOf(directory, c, year) ?? directory.Get(c, date))).ToArray();
        });
    }

    // Slot of a sex in a data vector: 0 male, 1 female when by sex; -1 means "all slots".
    private static int SlotOf(Sex sex, bool hasSex) => hasSex ? (sex == Sex.Male ? 0 : 1) : -1;

    private static double Sum(int[] values, int codeIndex, int slots, AgeGroup group, int slot) =>
        Sum<int>(values, codeIndex, slots, group, slot);

    private static double Sum(double[] values, int codeIndex, int slots, AgeGroup group, int slot) =>
        Sum<double>(values, codeIndex, slots, group, slot);

    // One loop for the integer counts and the (split-weighted) double cells; summing integers in a double is
    // exact far beyond any population.
    private static double Sum<T>(ReadOnlySpan<T> values, int codeIndex, int slots, AgeGroup group, int slot)
        where T : INumberBase<T>
    {
        var to = Math.Min(group.To ?? AgeGroup.TopAge, AgeGroup.TopAge);
        var total = 0.0;
        for (var s = 0; s < slots; s++)
        {
            if (slot >= 0 && s != slot)
            {
                continue;
            }
            var offset = ((codeIndex * slots) + s) * Ages;
            for (var age = group.From; age <= to; age++)
            {
                total += double.CreateTruncating(values[offset + age]);
            }
        }
        return total;
    }

    private static int WeightsYear(LocalDate date, bool forward) => forward ? date.Year : date.Year - 1;

    private TerritoryTrack[] Targets(TerritoryTrack track, LocalDate date, bool forward) =>
        [.. _history.Step(track, date, forward).Select(s => s.Track).OrderBy(t => t.Code)];

    /// <summary>The data of 1 January <paramref name="dataYear"/> harmonised to the codes of structure <paramref name="structureYear"/>, cached.</summary>
    private Harmonised Harmonise(int dataYear, int structureYear) =>
        _harmonised.GetOrAdd((dataYear, structureYear), key => BuildHarmonised(key.Data, key.Structure));

    private Harmonised BuildHarmonised(int dataYear, int structureYear)
    {
        var data = _years[dataYear - FirstYear];
        var slots = data.Slots;
        var width = slots * Ages;
        var current = new List<(TerritoryTrack Track, double[] Vector)>();
        for (var i = 0; i < data.Codes.Length; i++)
        {
            current.Add((TerritoryTrack.Start(data.Codes[i]), data.Values.AsSpan(i * width, width).ToArray().Select(v => (double)v).ToArray()));
        }
        foreach (var (date, forward) in _history.Steps(dataYear, structureYear))
        {
            var weights = _years[WeightsYear(date, forward) - FirstYear];
            var next = new List<(TerritoryTrack, double[])>();
            foreach (var (track, vector) in current)
            {
                var targets = Targets(track, date, forward);
                if (targets.Length == 1)
                {
                    next.Add((targets[0], vector));
                    continue;
                }
                var outputs = targets.Select(t => new double[width]).ToArray();
                for (var t = 0; t < targets.Length; t++)
                {
                    next.Add((targets[t], outputs[t]));
                }
                // Fallback weights when a cell is empty in every target: the targets' whole population.
                var totals = targets.Select(t => Sum(weights.Values, weights.Index[t.Code], weights.Slots, AgeGroup.All, -1)).ToArray();
                var totalSum = totals.Sum();
                var w = new double[targets.Length];
                for (var s = 0; s < slots; s++)
                {
                    // Same sex where the weights year has sex; otherwise both sexes together.
                    var weightSlot = weights.HasSex && slots == 2 ? s : -1;
                    for (var age = 0; age < Ages; age++)
                    {
                        var cell = AgeGroup.Between(age, age);
                        var sum = 0.0;
                        for (var t = 0; t < targets.Length; t++)
                        {
                            w[t] = Sum(weights.Values, weights.Index[targets[t].Code], weights.Slots, cell, weightSlot);
                            sum += w[t];
                        }
                        var value = vector[(s * Ages) + age];
                        for (var t = 0; t < targets.Length; t++)
                        {
                            var share = sum > 0 ? w[t] / sum : totalSum > 0 ? totals[t] / totalSum : 1.0 / targets.Length;
                            outputs[t][(s * Ages) + age] += value * share;
                        }
                    }
                }
            }
            current = next;
        }
        var byCode = new SortedDictionary<MunicipalityCode, double[]>();
        foreach (var (track, vector) in current)
        {
            if (!byCode.TryGetValue(track.Code, out var sumVector))
            {
                byCode[track.Code] = sumVector = new double[width];
            }
            for (var k = 0; k < width; k++)
            {
                sumVector[k] += vector[k];
            }
        }
        var codes = byCode.Keys.ToArray();
        var values = new double[codes.Length * width];
        for (var i = 0; i < codes.Length; i++)
        {
            byCode[codes[i]].CopyTo(values, i * width);
        }
        return new Harmonised(codes, codes.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i), values, slots);
    }

    private sealed record Harmonised(MunicipalityCode[] Codes, Dictionary<MunicipalityCode, int> Index, double[] Values, int Slots);
}
