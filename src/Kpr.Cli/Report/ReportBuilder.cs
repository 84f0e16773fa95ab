using Kpr.Cli.Output;
using System.Globalization;
using Kpr.Core.Aggregation;
using Kpr.Core.Measures;
using Kpr.Core.Population;
using Kpr.Core.Regions;
using Kpr.Core.Register;
using Kpr.Core.Services;

namespace Kpr.Cli.Report;

/// <summary>What a report is made from.</summary>
/// <param name="Register">The cleaned register.</param>
/// <param name="Year">The report year (rates and shares); history goes back to 2018 where data exist.</param>
/// <param name="Language">"nb" or "en".</param>
/// <param name="Source">The data-source note shown on the page.</param>
/// <param name="ProtectThreshold">Counts 1..N−1 are hidden (0 = off).</param>
/// <param name="StructureYear">The municipality structure regions are harmonised to.</param>
internal sealed record ReportRequest(EpisodeRegister Register, int Year, string Language, string Source, int ProtectThreshold, int StructureYear);

/// <summary>
/// Builds the styringsinformasjon report (after Helsedirektoratet's "Omsorgstjenesten – aktivitetsutvikling og
/// erfaringer fra pandemien"): recipients and rates per 1000 by service group and age group, nationally and per
/// helsefellesskap; monthly service starts against 2019; the share with a coordinator by bistandsbehov and age group.
/// Every count table is protected before anything derived from it is shown.
/// </summary>
internal sealed class ReportBuilder
{
    private const int FirstYear = 2018;
    private const int BaselineYear = 2019;

    private readonly ReportRequest _request;
    private readonly Action<string> _progress;
    private readonly ReportText _text;
    private readonly ServiceCatalogue _catalogue = ServiceCatalogue.Default;
    private readonly PopulationTable _population = PopulationTable.Default;
    private readonly HelsefellesskapDirectory _directory = HelsefellesskapDirectory.Default;
    private readonly CultureInfo _culture;

    public ReportBuilder(ReportRequest request, Action<string> progress)
    {
        _request = request;
        _progress = progress;
        _text = ReportText.For(request.Language);
        _culture = ReportFormatting.CultureFor(request.Language);
    }

    private int Year => _request.Year;

    private IReadOnlyList<string> ServiceGroupIds => [.. _catalogue.Groups.Select(g => g.Id)];

    private IReadOnlyList<string> AgeGroupIds => [.. AgeGroupSet.Helsedirektoratet.Groups.Select(g => g.ToString())];

    private IReadOnlyList<string> HelsefellesskapIds => [.. _directory.All.Select(h => h.Id)];

    public ReportDocument Build()
    {
        var sections = new List<ReportSection>();
        var years = Enumerable.Range(FirstYear, Year - FirstYear + 1).ToList();

        _progress("recipients and rates per 1000, Norway");
        var national = NationalRates(years, out var keyFigures);
        sections.Add(new ReportSection("key-figures", _text.KeyFiguresHeading, [keyFigures]));
        _progress("recipients and rates per 1000 by helsefellesskap");
        var perHelsefellesskap = HelsefellesskapRates();
        sections.Add(new ReportSection("rates", _text.RatesHeading, [new Paragraph(_text.RatesIntro), .. national, .. perHelsefellesskap]));
        _progress("monthly service starts against 2019");
        sections.Add(new ReportSection("monthly", _text.MonthlyHeading, MonthlyStarts()));
        _progress("share with a coordinator");
        sections.Add(new ReportSection("coordinator", _text.CoordinatorHeading, CoordinatorShares()));

        var notes = new List<string>
        {
            _request.Source,
            _text.StructureNote(_request.StructureYear),
            _text.DenominatorNote,
            _text.ProtectionNote(_request.ProtectThreshold),
        };
        return new ReportDocument(_text.Title, _text.Subtitle(Year, _text.Norway), _text.Language, notes, sections);
    }

    // --- Recipients and rates -------------------------------------------------------------------------------

    private List<IReportBlock> NationalRates(IReadOnlyList<int> years, out KeyFigures keyFigures)
    {
        var rows = new List<object?[]>();
        var trend = new Dictionary<string, double?[]>(StringComparer.Ordinal);
        foreach (var group in ServiceGroupIds.Prepend(ReportProtection.Total))
        {
            trend[group] = new double?[years.Count];
        }
        for (var y = 0; y < years.Count; y++)
        {
            var year = years[y];
            var cube = _request.Register.CountRecipients(CountingPeriod.YearEnd(year), [Dimension.ServiceGroup, Dimension.AgeGroup]);
            if (cube.GrandTotal == 0)
            {
                continue;
            }
            var population = PopulationByAge(year, RegionLevel.Country, region: null);
            var protection = ReportProtection.Create(
                [new ProtectedAxis("service_group", ServiceGroupIds, Additive: false), new ProtectedAxis("age_group", AgeGroupIds)],
                codes => cube.Count(codes),
                codes => (long)Math.Round(population?.GetValueOrDefault(codes[1]) ?? 0),
                _request.ProtectThreshold);
            foreach (var group in ServiceGroupIds.Prepend(ReportProtection.Total))
            {
                foreach (var age in AgeGroupIds.Prepend(ReportProtection.Total))
                {
                    var count = cube.Count(group, age);
                    var (row, rate) = RateRow(count, population?.GetValueOrDefault(age), protection.IsHidden(group, age));
                    rows.Add([year, group, age, .. row]);
                    if (age == ReportProtection.Total)
                    {
                        trend[group][y] = rate;
                    }
                }
            }
        }

        keyFigures = HeadlineFigures();
        var chart = new LineChart(
            "rates-trend", _text.RatesTrendChart, _text.Column("rate"),
            [.. years.Select(y => y.ToString(CultureInfo.InvariantCulture))],
            [.. trend.Where(t => t.Key != ReportProtection.Total).Select(t => new ChartSeries(GroupName(t.Key), t.Value))],
            ReferenceLine: null);
        var table = new ReportTable("rates_norway", _text.RatesTable(_text.Norway),
            [Col("year", ColumnKind.Text), Col("service_group", ColumnKind.Text, GroupName), Col("age_group", ColumnKind.Text, AgeName), .. RateColumns()],
            [.. rows.Where(r => (int)r[0]! == Year || (string)r[2]! == ReportProtection.Total)]);
        return [chart, table];
    }

    private KeyFigures HeadlineFigures()
    {
        var during = _request.Register.CountRecipients(CountingPeriod.During(Year), []).GrandTotal;
        var atEnd = _request.Register.CountRecipients(CountingPeriod.YearEnd(Year), []).GrandTotal;
        var population = _population.ForCountry(Year, AgeGroupSet.Total.Groups[0]);
        var figures = new List<KeyFigure>
        {
            new(_text.RecipientsDuringYear(Year), during.ToString("N0", _culture),
                population.TryGetValue(out var p) && p > 0 ? PresentationRounding.Round(Proportion.Create(during, (long)p).Value, 1).ToString("N1", _culture) + " % " + _text.ShareOfPopulation : null),
            new(_text.RecipientsAtYearEnd(Year), atEnd.ToString("N0", _culture)),
        };
        return new KeyFigures(figures);
    }

    private List<IReportBlock> HelsefellesskapRates()
    {
        var cube = _request.Register.CountRecipients(CountingPeriod.YearEnd(Year),
            [Dimension.Helsefellesskap, Dimension.ServiceGroup, Dimension.AgeGroup]);
        var population = _population.Query(Year, RegionLevel.Helsefellesskap, AgeGroupSet.Helsedirektoratet,
            reference: PopulationReference.EndOfYear, structureYear: _request.StructureYear);
        var byRegionAge = population.IsAvailable
            ? population.Cells.GroupBy(c => (c.Region, Age: c.AgeGroup.ToString())).ToDictionary(g => g.Key, g => g.Sum(c => c.Population))
            : [];
        double? Population(string region, string age)
        {
            if (!population.IsAvailable)
            {
                return null;
            }
            var regions = region == ReportProtection.Total ? HelsefellesskapIds : [region];
            var ages = age == ReportProtection.Total ? AgeGroupIds : [age];
            return regions.Sum(r => ages.Sum(a => byRegionAge.GetValueOrDefault((r, a))));
        }
        var protection = ReportProtection.Create(
            [new ProtectedAxis("helsefellesskap", HelsefellesskapIds), new ProtectedAxis("service_group", ServiceGroupIds, Additive: false), new ProtectedAxis("age_group", AgeGroupIds)],
            codes => cube.Count(codes),
            codes => (long)Math.Round(Population(codes[0], codes[2]) ?? 0),
            _request.ProtectThreshold);

        var rows = new List<object?[]>();
        var bars = new Dictionary<(string Group, string Age), List<RankedBar>>();
        var national = new Dictionary<(string Group, string Age), double?>();
        (string Group, string Age)[] charted = [("hjemmeboende", ReportProtection.Total), ("institusjon", "80-89")];
        foreach (var region in HelsefellesskapIds.Prepend(ReportProtection.Total))
        {
            foreach (var group in ServiceGroupIds.Prepend(ReportProtection.Total))
            {
                foreach (var age in AgeGroupIds.Prepend(ReportProtection.Total))
                {
                    var hidden = protection.IsHidden(region, group, age);
                    var (row, rate) = RateRow(cube.Count(region, group, age), Population(region, age), hidden);
                    rows.Add([region, group, age, .. row]);
                    if (charted.Contains((group, age)))
                    {
                        if (region == ReportProtection.Total)
                        {
                            national[(group, age)] = rate;
                        }
                        else
                        {
                            var interval = hidden ? null : row[3] as double?;
                            bars.TryAdd((group, age), []);
                            bars[(group, age)].Add(new RankedBar(RegionName(region), rate, interval, hidden ? null : row[4] as double?));
                        }
                    }
                }
            }
        }
        var blocks = new List<IReportBlock>();
        foreach (var key in charted)
        {
            if (bars.TryGetValue(key, out var list))
            {
                blocks.Add(new RankedBarChart($"ranked-{key.Group}-{key.Age}", _text.RankedChart(GroupName(key.Group), AgeName(key.Age), Year),
                    _text.Column("rate"), list, national.GetValueOrDefault(key), _text.Norway));
            }
        }
        blocks.Add(new ReportTable("rates_helsefellesskap", _text.PerHelsefellesskapTable(Year),
            [Col("helsefellesskap", ColumnKind.Text, RegionName), Col("service_group", ColumnKind.Text, GroupName), Col("age_group", ColumnKind.Text, AgeName), .. RateColumns()],
            rows));
        return blocks;
    }

    /// <summary>count, population, rate, lower, upper for one cell; hidden counts hide everything derived.</summary>
    private static (object?[] Row, double? Rate) RateRow(long count, double? population, bool hidden)
    {
        if (hidden)
        {
            return ([HiddenCell.Value, population is { } p ? Math.Round(p) : null, HiddenCell.Value, HiddenCell.Value, HiddenCell.Value], null);
        }
        if (population is not { } pop || pop <= 0)
        {
            return ([count, null, null, null, null], null);
        }
        var rate = Rate.Create(count, pop, per: 1000);
        return rate.IsComputable
            ? ([count, Math.Round(pop), rate.Value, rate.Interval.Lower, rate.Interval.Upper], rate.Value)
            : ([count, Math.Round(pop), null, null, null], null);
    }

    private Dictionary<string, double>? PopulationByAge(int year, RegionLevel level, string? region)
    {
        var result = _population.Query(year, level, AgeGroupSet.Helsedirektoratet, reference: PopulationReference.EndOfYear, structureYear: _request.StructureYear);
        if (!result.IsAvailable)
        {
            return null;
        }
        var cells = result.Cells.Where(c => region is null || c.Region == region).ToList();
        var byAge = cells.GroupBy(c => c.AgeGroup.ToString()).ToDictionary(g => g.Key, g => g.Sum(c => c.Population), StringComparer.Ordinal);
        byAge[ReportProtection.Total] = cells.Sum(c => c.Population);
        return byAge;
    }

    // --- Monthly starts against 2019 -------------------------------------------------------------------------

    /// <summary>The three service categories of the pandemic report (Helsedirektoratet, "Omsorgstjenesten –
    /// aktivitetsutvikling og erfaringer fra pandemien", kap. 2.10; domain notes §D2): home services (the
    /// hjemmeboende group), time-limited institutional stays (SSB's tidsbegrenset grouping: 8, 18, 19, 20) and
    /// long-term stays (code 21, Langtidsopphold i institusjon, service_codes.csv).</summary>
    private ServiceGrouping ReportCategories() => ServiceGrouping.Create("report_categories", "Report categories",
    [
        ServiceGroup.Create("hjemmeboende", _text.HomeServices, _text.HomeServices, _catalogue.Group("hjemmeboende").Codes),
        ServiceGroup.Create("tidsbegrenset", _text.TimeLimitedStays, _text.TimeLimitedStays, _catalogue.Grouping("ssb_tidsbegrenset").Groups.SelectMany(g => g.Codes)),
        ServiceGroup.Create("langtid", _text.LongTermStays, _text.LongTermStays, [ServiceCode.Parse("21")]),
    ]);

    private List<IReportBlock> MonthlyStarts()
    {
        int[] years = [.. new[] { 2020, 2021 }.Where(y => y <= Year)];
        if (years.Length == 0)
        {
            return [new Paragraph(_text.MonthlyIntro(BaselineYear))];
        }
        var categories = ReportCategories();
        var options = MonthlyComparisonOptions.Default.WithServices(ServiceSelection.Grouping(categories));
        var comparison = _request.Register.CompareMonths(BaselineYear, years, [Dimension.Grouping(categories, "category"), Dimension.Helsefellesskap], options);
        var months = comparison.Months;
        var categoryIds = categories.Groups.Select(g => g.Id).ToList();

        // Protect each (category, year) table of helsefellesskap × month, baseline year included: the national row
        // is that table's margin, so national and regional figures are protected together.
        var protections = new Dictionary<(string, int), ReportProtection>();
        foreach (var category in categoryIds)
        {
            foreach (var year in years.Prepend(BaselineYear))
            {
                var monthIds = months.Select(m => MonthId(year, m)).ToList();
                protections[(category, year)] = ReportProtection.Create(
                    [new ProtectedAxis("helsefellesskap", HelsefellesskapIds), new ProtectedAxis("month", monthIds)],
                    codes => codes[1] == ReportProtection.Total
                        ? monthIds.Sum(m => comparison.Starts.Count(category, codes[0], m))
                        : comparison.Starts.Count(category, codes[0], codes[1]),
                    denominator: null,
                    _request.ProtectThreshold);
            }
        }

        var blocks = new List<IReportBlock> { new Paragraph(_text.MonthlyIntro(BaselineYear)) };
        var nationalRows = new List<object?[]>();
        var regionRows = new List<object?[]>();
        foreach (var category in categoryIds)
        {
            var series = new List<ChartSeries>();
            foreach (var year in years)
            {
                var values = new double?[months.Length];
                foreach (var region in HelsefellesskapIds.Prepend(ReportProtection.Total))
                {
                    for (var i = 0; i < months.Length; i++)
                    {
                        var month = months[i];
                        var count = comparison.Starts.Count(category, region, MonthId(year, month));
                        var baseline = comparison.Starts.Count(category, region, MonthId(BaselineYear, month));
                        var hidden = protections[(category, year)].IsHidden(region, MonthId(year, month));
                        var baselineHidden = protections[(category, BaselineYear)].IsHidden(region, MonthId(BaselineYear, month));
                        var change = comparison.Change(year, month, category, region);
                        object? changeCell = hidden || baselineHidden ? HiddenCell.Value : change.IsComputable ? change.Percent : null;
                        object?[] row = [category, MonthId(year, month), hidden ? HiddenCell.Value : count, baselineHidden ? HiddenCell.Value : baseline, changeCell];
                        if (region == ReportProtection.Total)
                        {
                            nationalRows.Add(row);
                            values[i] = changeCell as double?;
                        }
                        else
                        {
                            regionRows.Add([region, .. row]);
                        }
                    }
                }
                series.Add(new ChartSeries(year.ToString(CultureInfo.InvariantCulture), values));
            }
            var name = categories.Group(category).Name;
            blocks.Add(new LineChart($"monthly-{category}", _text.MonthlyChart(name), _text.ChangePercent,
                [.. months.Select(m => _culture.DateTimeFormat.GetAbbreviatedMonthName(m).TrimEnd('.'))], series));
        }
        string CategoryName(string id) => categories.Group(id).Name;
        var monthlyColumns = new[] { Col("category", ColumnKind.Text, CategoryName), Col("month", ColumnKind.Text), Col("count", ColumnKind.Integer), Col("baseline_count", ColumnKind.Integer), Col("change_percent", ColumnKind.Number) };
        blocks.Add(new ReportTable("monthly_norway", _text.MonthlyTable(_text.Norway), monthlyColumns, nationalRows));
        blocks.Add(new ReportTable("monthly_helsefellesskap", _text.MonthlyByHelsefellesskapTable,
            [Col("helsefellesskap", ColumnKind.Text, RegionName), .. monthlyColumns], regionRows));
        return blocks;
    }

    private static string MonthId(int year, int month) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");

    // --- Coordinator share -----------------------------------------------------------------------------------

    private List<IReportBlock> CoordinatorShares()
    {
        var services = ServiceSelection.Grouping(_catalogue.Grouping("hdir_koordinator_base"));
        Cube Count(int year) => _request.Register.CountRecipients(CountingPeriod.YearEnd(year),
            [Dimension.Bistandsbehov, Dimension.AgeGroup, Dimension.Coordinator], services);
        var current = Count(Year);
        var previous = Year > FirstYear ? Count(Year - 1) : null;
        var needs = current.Axes[0].Values.ToList();

        ReportProtection Protect(Cube cube) => ReportProtection.Create(
            [new ProtectedAxis("bistandsbehov", needs), new ProtectedAxis("age_group", AgeGroupIds)],
            codes => cube.Count(codes[0], codes[1], "yes"),
            codes => cube.Count(codes[0], codes[1], ReportProtection.Total),
            _request.ProtectThreshold);
        var protectCurrent = Protect(current);
        var protectPrevious = previous is null ? null : Protect(previous);

        var rows = new List<object?[]>();
        foreach (var need in needs.Prepend(ReportProtection.Total))
        {
            foreach (var age in AgeGroupIds.Prepend(ReportProtection.Total))
            {
                var share = Proportion.Create(current.Count(need, age, "yes"), current.Count(need, age, ReportProtection.Total));
                var hidden = protectCurrent.IsHidden(need, age);
                var before = previous is null ? (Proportion?)null : Proportion.Create(previous.Count(need, age, "yes"), previous.Count(need, age, ReportProtection.Total));
                var hiddenBefore = protectPrevious?.IsHidden(need, age) ?? true;
                object? Cell(bool h, bool ok, double v) => h ? HiddenCell.Value : ok ? v : null;
                var change = before is { } b ? PercentagePointChange.Between(share, b) : default;
                var changeHidden = hidden || hiddenBefore;
                rows.Add(
                [
                    need, age,
                    hidden ? HiddenCell.Value : current.Count(need, age, "yes"),
                    current.Count(need, age, ReportProtection.Total),
                    Cell(hidden, share.IsComputable, share.Value),
                    Cell(hidden, share.IsComputable, share.Interval.Lower),
                    Cell(hidden, share.IsComputable, share.Interval.Upper),
                    before is { } p ? Cell(hiddenBefore, p.IsComputable, p.Value) : null,
                    before is null ? null : Cell(changeHidden, change.IsComputable, change.Value),
                    before is null ? null : Cell(changeHidden, change.IsComputable, change.Interval.Lower),
                    before is null ? null : Cell(changeHidden, change.IsComputable, change.Interval.Upper),
                ]);
            }
        }
        var table = new ReportTable("coordinator_share", _text.CoordinatorTable(Year),
            [
                Col("bistandsbehov", ColumnKind.Text, NeedName), Col("age_group", ColumnKind.Text, AgeName), Col("count", ColumnKind.Integer), Col("denominator", ColumnKind.Integer),
                Col("share_percent", ColumnKind.Number), Col("lower", ColumnKind.Number), Col("upper", ColumnKind.Number),
                Col("previous_share_percent", ColumnKind.Number), Col("pp_change", ColumnKind.Number), Col("pp_lower", ColumnKind.Number), Col("pp_upper", ColumnKind.Number),
            ],
            rows);
        return [new Paragraph(_text.CoordinatorIntro), table];
    }

    // --- Labels ----------------------------------------------------------------------------------------------

    private ReportColumn Col(string id, ColumnKind kind, Func<string, string>? displayName = null) =>
        new(id, _text.Column(id), kind, kind == ColumnKind.Number ? 1 : 0, displayName);

    private ReportColumn[] RateColumns() =>
        [Col("count", ColumnKind.Integer), Col("population", ColumnKind.Integer), Col("rate", ColumnKind.Number), Col("lower", ColumnKind.Number), Col("upper", ColumnKind.Number)];

    private string GroupName(string id) => id == ReportProtection.Total
        ? (_text.Language == "en" ? "All services" : "Alle tjenester")
        : _text.Language == "en" ? _catalogue.Group(id).NameEn : _catalogue.Group(id).Name;

    private string RegionName(string id) => id == ReportProtection.Total ? _text.Norway : _directory.Get(id).Name;

    private string AgeName(string id) => id == ReportProtection.Total ? (_text.Language == "en" ? "all ages" : "alle aldre") : id;

    private string NeedName(string id) => id == ReportProtection.Total
        ? (_text.Language == "en" ? "All" : "Alle")
        : BistandsbehovIds.TryParse(id, out var need) ? need.ToNorwegianName() : id;
}
