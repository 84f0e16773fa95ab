using Kpr.Core.Aggregation;
using Kpr.Core.Disclosure;
using Kpr.Core.Measures;
using Kpr.Core.Population;
using Kpr.Core.Register;
using Kpr.Core.Services;

namespace Kpr.Cli.Report;

/// <summary>What a report is made from.</summary>
/// <param name="Register">The cleaned register.</param>
/// <param name="Year">The report year; the time series starts in 2018.</param>
/// <param name="Threshold">Counts 1..N−1 are hidden (0 = off).</param>
/// <param name="StructureYear">The municipality structure year shown in the notes.</param>
/// <param name="Source">The data-source sentence.</param>
/// <param name="IsSynthetic">Whether the register is simulated.</param>
/// <param name="Coverage">How much of the population the data cover (null: the whole country).</param>
/// <param name="Population">The denominators (null: SSB's whole population); a synthetic sample passes the population × its sampling fraction.</param>
internal sealed record ReportRequest(EpisodeRegister Register, int Year, int Threshold, int StructureYear, string Source, bool IsSynthetic, string? Coverage = null,
    Kpr.Core.Population.PopulationTable? Population = null);

/// <summary>
/// Builds the report's publication as tidy <see cref="ReportRecord"/>s through the core's query types only
/// (<see cref="RateTable"/>, <see cref="MonthlyComparison"/>, <see cref="ShareTable"/>) and protects every table
/// before a number is kept: the national figures are the helsefellesskap margin of the same protected cube, so the
/// country and the helsefellesskap are protected together. No rate, share, interval or suppression rule lives here.
/// </summary>
internal sealed class PublicationBuilder
{
    /// <summary>The first year of KPR (before 2018: IPLOS), where the publication's time series start.</summary>
    public const int FirstYear = 2018;

    /// <summary>The baseline of the monthly comparison (Helsedirektoratet compares with the same month of 2019).</summary>
    public const int BaselineYear = 2019;

    private readonly ReportRequest _request;
    private readonly Action<string> _progress;
    private readonly ServiceCatalogue _catalogue = ServiceCatalogue.Default;
    private readonly List<ReportRecord> _records = [];

    public PublicationBuilder(ReportRequest request, Action<string> progress)
    {
        _request = request;
        _progress = progress;
    }

    private ProtectionOptions Protection => ProtectionOptions.Create(Math.Max(1, _request.Threshold));

    public ReportData Build(string language)
    {
        var years = Enumerable.Range(FirstYear, _request.Year - FirstYear + 1).ToList();
        long unplaced = 0;
        foreach (var year in years)
        {
            _progress($"rates per 1000 during {year} and on 31.12.{year}");
            unplaced = Math.Max(unplaced, Rates(CountingPeriod.During(year), ReportIds.DuringYear, year));
            Rates(CountingPeriod.YearEnd(year), ReportIds.YearEnd, year);
        }
        _progress("monthly service starts against 2019");
        MonthlyStarts();
        _progress("share with a coordinator");
        Coordinator();
        var metadata = new ReportMetadata(_request.Source, _request.IsSynthetic ? "synthetic" : "extract", _request.IsSynthetic, _request.Coverage,
            _request.Year, FirstYear, BaselineYear, _request.StructureYear, _request.Threshold, unplaced, CellsAbovePopulation, Definitions());
        return new ReportData(metadata, _records, language);
    }

    // --- Rates per 1000 ---------------------------------------------------------------------------------------

    /// <summary>Rates for the five series by helsefellesskap and age group (the cube's margins give the country and
    /// all ages); returns the persons not placed in a helsefellesskap.</summary>
    private long Rates(CountingPeriod period, string periodId, int year)
    {
        var grouping = ReportSeries.Grouping(_catalogue, ReportSeries.All);
        var table = _request.Register.CountRecipientRates(period,
            [Dimension.Helsefellesskap, Dimension.Grouping(grouping), Dimension.AgeGroup], ServiceSelection.Grouping(grouping), _request.Population);
        var cube = table.Recipients;
        if (cube.GrandTotal == 0 && cube.Unclassified == 0)
        {
            return 0;
        }
        var protectedTable = _request.Threshold > 0 ? cube.Protect(Protection) : null;
        var regions = cube.Axes[0].Values.Prepend(CubeAxis.Total);
        foreach (var region in regions)
        {
            // The series margin (persons in at least one of the five series) gives the key finding's share of the population.
            foreach (var series in cube.Axes[1].Values.Prepend(CubeAxis.Total))
            {
                foreach (var age in cube.Axes[2].Values.Prepend(CubeAxis.Total))
                {
                    var rate = table.RateAt(region, series, age);
                    CheckCountWithinPopulation(rate, region, series, age, year);
                    var hidden = protectedTable is not null && protectedTable.IsHidden(protectedTable.Table.CellIndex([region, series, age]));
                    var interval = rate.IsComputable ? rate.Interval : ConfidenceInterval.Empty;
                    _records.Add(new ReportRecord(ReportIds.Rate, series, periodId, year, null,
                        region == CubeAxis.Total ? ReportIds.Country : ReportIds.Helsefellesskap,
                        region == CubeAxis.Total ? ReportRecord.CountryId : region,
                        age, null,
                        hidden ? null : rate.Count,
                        rate.Population,
                        hidden || !rate.IsComputable ? null : rate.Value,
                        hidden || interval.IsEmpty ? null : interval.Lower,
                        hidden || interval.IsEmpty ? null : interval.Upper,
                        hidden ? ReportStatus.Hidden : ReportStatus.Shown));
                }
            }
        }
        return cube.Unclassified;
    }

    /// <summary>More recipients in the whole country than inhabitants means the register does not describe Norway's
    /// population (e.g. a synthetic register larger than the country): say so instead of publishing such rates. In a
    /// single cell it can happen legitimately for the oldest (persons who died during the year are counted, the
    /// year-end population no longer holds them), so such cells are only counted for a note.</summary>
    private void CheckCountWithinPopulation(Rate rate, string region, string series, string age, int year)
    {
        if (rate.Count is not { } count || rate.Population is not { } population || population <= 0 || count <= population)
        {
            return;
        }
        if (region == CubeAxis.Total && series == CubeAxis.Total && age == CubeAxis.Total)
        {
            throw new CliException(
                $"the register has more recipients during {year} than Norway has inhabitants ({count:N0} against {population:N0}). " +
                "The extract does not describe Norway's population (for example a synthetic register with more persons than the country); " +
                "rates per 1000 cannot be computed. Use an extract of real size, or a smaller synthetic register (kpr synth --persons).");
        }
        CellsAbovePopulation++;
    }

    /// <summary>Rate cells whose count exceeds their population (see <see cref="CheckCountWithinPopulation"/>).</summary>
    public int CellsAbovePopulation { get; private set; }

    // --- Monthly starts against 2019 --------------------------------------------------------------------------

    private void MonthlyStarts()
    {
        int[] years = [.. new[] { 2020, 2021 }.Where(y => y <= _request.Year)];
        if (years.Length == 0)
        {
            return;
        }
        var grouping = ReportSeries.Grouping(_catalogue, ReportSeries.Monthly);
        var options = MonthlyComparisonOptions.Default.WithServices(ServiceSelection.Grouping(grouping));
        var comparison = _request.Register.CompareMonths(BaselineYear, years,
            [Dimension.Grouping(grouping), Dimension.Helsefellesskap, Dimension.AgeGroup], options);
        var starts = comparison.Starts;
        var regionIds = starts.Axes[1].Values.ToList();
        var ageIds = starts.Axes[2].Values.ToList();
        // One table per series and year: helsefellesskap × age group × month with all margins, so the national
        // row, the helsefellesskap rows and the national age rows are protected together.
        var protections = new Dictionary<(string Series, int Year), ReportProtection>();
        foreach (var series in starts.Axes[0].Values)
        {
            foreach (var year in years.Prepend(BaselineYear))
            {
                var monthIds = comparison.Months.Select(m => MonthId(year, m)).ToList();
                protections[(series, year)] = ReportProtection.Create(
                    [new ProtectedAxis("helsefellesskap", regionIds), new ProtectedAxis("age_group", ageIds), new ProtectedAxis("month", monthIds)],
                    codes => codes[2] == CubeAxis.Total
                        ? monthIds.Sum(m => starts.Count(series, codes[0], codes[1], m))
                        : starts.Count(series, codes[0], codes[1], codes[2]),
                    _request.Threshold);
            }
        }
        foreach (var series in starts.Axes[0].Values)
        {
            foreach (var year in years.Prepend(BaselineYear))
            {
                foreach (var region in regionIds.Prepend(CubeAxis.Total))
                {
                    // Age groups are published for the country only (the publication's figure for tidsbegrensede opphold).
                    var ages = region == CubeAxis.Total ? ageIds.Prepend(CubeAxis.Total) : [CubeAxis.Total];
                    foreach (var age in ages)
                    {
                        foreach (var month in comparison.Months)
                        {
                            var id = MonthId(year, month);
                            var hidden = protections[(series, year)].IsHidden(region, age, id);
                            long count = starts.Count(series, region, age, id);
                            if (year == BaselineYear)
                            {
                                _records.Add(MonthlyRecord(series, year, month, region, age, hidden ? null : count, null, null, hidden));
                                continue;
                            }
                            var baselineHidden = protections[(series, BaselineYear)].IsHidden(region, age, MonthId(BaselineYear, month));
                            var change = comparison.Change(year, month, series, region, age);
                            long baseline = starts.Count(series, region, age, MonthId(BaselineYear, month));
                            var changeHidden = hidden || baselineHidden;
                            _records.Add(MonthlyRecord(series, year, month, region, age, hidden ? null : count,
                                baselineHidden ? null : baseline, changeHidden || !change.IsComputable ? null : change.Percent, changeHidden));
                        }
                    }
                }
            }
        }
    }

    private static ReportRecord MonthlyRecord(string series, int year, int month, string region, string age, long? count, long? baseline, double? change, bool hidden) =>
        new(ReportIds.MonthlyStarts, series, ReportIds.Month, year, month,
            region == CubeAxis.Total ? ReportIds.Country : ReportIds.Helsefellesskap,
            region == CubeAxis.Total ? ReportRecord.CountryId : region,
            age, null, count, baseline, change, null, null, hidden ? ReportStatus.Hidden : ReportStatus.Shown);

    private static string MonthId(int year, int month) => $"{year:D4}-{month:D2}";

    // --- Share with a coordinator -----------------------------------------------------------------------------

    private void Coordinator()
    {
        var services = ServiceSelection.Grouping(_catalogue.Grouping("hdir_koordinator_base"));
        var year = _request.Year;
        var previous = year > FirstYear ? CountingPeriod.YearEnd(year - 1) : (CountingPeriod?)null;
        var shares = _request.Register.CountShares(CountingPeriod.YearEnd(year), Dimension.Coordinator, "yes",
            [Dimension.Bistandsbehov, Dimension.AgeGroups(AgeGroupSet.Under67)], services, previous);
        if (shares.Current.GrandTotal == 0)
        {
            return;
        }
        // Protect the whole cube (need × age × coordinator yes/no): the denominators are counts of persons too.
        var current = _request.Threshold > 0 ? shares.Current.Protect(Protection) : null;
        var before = _request.Threshold > 0 && shares.Previous is { } p ? p.Protect(Protection) : null;
        bool Hidden(ProtectedTable? t, params string[] codes) => t is not null && t.IsHidden(t.Table.CellIndex(codes));
        var needs = shares.Current.Axes[0].Values.Prepend(CubeAxis.Total).ToList();
        var ages = shares.Current.Axes[1].Values.Prepend(CubeAxis.Total).ToList();
        const string series = "koordinator";
        foreach (var need in needs)
        {
            var needTotal = shares.Current.Count(need, CubeAxis.Total, CubeAxis.Total);
            var needTotalHidden = Hidden(current, need, CubeAxis.Total, CubeAxis.Total);
            foreach (var age in ages)
            {
                var withCoordinator = shares.Current.Count(need, age, "yes");
                var recipients = shares.Current.Count(need, age, CubeAxis.Total);
                var hidden = Hidden(current, need, age, "yes") || Hidden(current, need, age, CubeAxis.Total);
                var share = shares.ShareAt(need, age);
                _records.Add(ShareRecord(ReportIds.CoordinatorShare, year, need, age, withCoordinator, recipients, share, hidden));
                if (shares.Previous is { } prev)
                {
                    var hiddenBefore = Hidden(before, need, age, "yes") || Hidden(before, need, age, CubeAxis.Total);
                    var shareBefore = Proportion.Create(prev.Count(need, age, "yes"), prev.Count(need, age, CubeAxis.Total));
                    _records.Add(ShareRecord(ReportIds.CoordinatorShare, year - 1, need, age, prev.Count(need, age, "yes"), prev.Count(need, age, CubeAxis.Total), shareBefore, hiddenBefore));
                    var change = shares.ChangeAt(need, age);
                    var changeHidden = hidden || hiddenBefore;
                    var interval = change.IsComputable ? change.Interval : ConfidenceInterval.Empty;
                    _records.Add(new ReportRecord(ReportIds.CoordinatorChange, series, ReportIds.YearEnd, year, null, ReportIds.Country, ReportRecord.CountryId,
                        age, need, null, null,
                        changeHidden || !change.IsComputable ? null : change.Value,
                        changeHidden || interval.IsEmpty ? null : interval.Lower,
                        changeHidden || interval.IsEmpty ? null : interval.Upper,
                        changeHidden ? ReportStatus.Hidden : ReportStatus.Shown));
                }
                if (age != CubeAxis.Total)
                {
                    // The published parts: persons of this age with a coordinator among all recipients of the need
                    // group (Kommunale helse- og omsorgstjenester 2021, tabell 3.6.2: 9 % = 7 % under 67 + 2 % 67+).
                    var part = Proportion.Create(withCoordinator, needTotal);
                    _records.Add(ShareRecord(ReportIds.CoordinatorPart, year, need, age, withCoordinator, needTotal, part, hidden || needTotalHidden));
                }
            }
        }
    }

    private static ReportRecord ShareRecord(string section, int year, string need, string age, long count, long denominator, Proportion share, bool hidden)
    {
        var interval = share.IsComputable ? share.Interval : ConfidenceInterval.Empty;
        return new ReportRecord(section, "koordinator", ReportIds.YearEnd, year, null, ReportIds.Country, ReportRecord.CountryId, age, need,
            hidden ? null : count, hidden ? null : denominator,
            hidden || !share.IsComputable ? null : share.Value, // Proportion is in percent (Per = 100)
            hidden || interval.IsEmpty ? null : interval.Lower,
            hidden || interval.IsEmpty ? null : interval.Upper,
            hidden ? ReportStatus.Hidden : ReportStatus.Shown);
    }

    private Dictionary<string, string> Definitions() => new(StringComparer.Ordinal)
    {
        ["rate"] = "Distinct persons with at least one service of the series during the year (period during_year) or on 31 December (year_end), per 1000 inhabitants at the end of the year (SSB 1 January of the next year); age on 31 December. 95 % intervals: exact Poisson below 10, Byar otherwise.",
        ["monthly_starts"] = "Services (decisions) starting in the month, identical decisions for the same person counted once; value = percent change against the same month of 2019 (denominator = the 2019 count). January is left out (the 2020 municipal mergers inflated January starts).",
        ["coordinator_share"] = "Recipients of health care at home and/or practical assistance (codes 1, 2, 3, 15) on 31 December with a coordinator, in percent of the recipients in the cell; 95 % Wilson intervals.",
        ["coordinator_part"] = "Recipients of the age group with a coordinator in percent of all recipients of the need group (the parts add up to the need group's share, as in Helsedirektoratet's table 3.6.2).",
        ["coordinator_change"] = "Change of the share from the year before in percentage points; 95 % Newcombe (hybrid score) intervals.",
        ["series"] = "hjemmeboende, bolig, velferdsteknologi: Helsedirektoratet's service groups; tidsbegrenset: codes 8, 18, 19, 20; langtidsopphold: code 21.",
        ["protection"] = _request.Threshold > 0
            ? $"Counts from 1 to {_request.Threshold - 1} are hidden, and further cells so that no hidden count can be worked out from the margins; the country and the helsefellesskap are protected as one table. Hidden records have status 'hidden' and no numbers."
            : "Small-count protection is switched off (--protect 0).",
        ["national"] = "National figures are the sum over the helsefellesskap (persons who cannot be placed in a helsefellesskap are left out and counted in metadata.unplaced).",
    };
}
