namespace Kpr.Cli.Report;

/// <summary>One chart of the page: its element id, title and the specification kpr-charts.js draws (numbers taken
/// from published records only; hidden cells are null).</summary>
internal sealed record ChartSpec(string Id, string Title, object Spec, IReadOnlyList<string> Hidden);

/// <summary>Builds the report's chart specifications from the publication's records.</summary>
internal sealed class ChartSpecs
{
    private readonly ReportData _data;
    private readonly ReportText _t;
    private readonly RecordIndex _index;
    private readonly IReadOnlyList<string> _regions;
    private readonly IReadOnlyList<string> _ages;

    public ChartSpecs(ReportData data, ReportText text)
    {
        _data = data;
        _t = text;
        _index = new RecordIndex(data.Records);
        _regions = [.. data.Records.Where(r => r.Section == ReportIds.Rate && r.RegionLevel == ReportIds.Helsefellesskap).Select(r => r.RegionId).Distinct()];
        _ages = [.. data.Records.Where(r => r.Section == ReportIds.Rate && r.AgeGroup != ReportRecord.Total).Select(r => r.AgeGroup).Distinct()];
    }

    private int Year => _data.Metadata.Year;

    private IReadOnlyList<int> Years => [.. Enumerable.Range(_data.Metadata.FirstYear, Year - _data.Metadata.FirstYear + 1)];

    public IReadOnlyList<int> MonthlyYears => [.. _data.Records.Where(r => r.Section == ReportIds.MonthlyStarts && r.Year != _data.Metadata.BaselineYear).Select(r => r.Year).Distinct().Order()];

    private static double?[]? Triple(ReportRecord? r) => r is { IsShown: true, Value: { } v } ? [v, r.Lower, r.Upper] : null;

    public ChartSpec Ages(string series)
    {
        var panels = _ages.Prepend(ReportRecord.Total).Select(age => new
        {
            title = _t.AgeName(age),
            data = new Dictionary<string, double?[]?[]>
            {
                [ReportIds.DuringYear] = [.. Years.Select(y => Triple(_index.Rate(series, ReportIds.DuringYear, y, ReportRecord.CountryId, age)))],
                [ReportIds.YearEnd] = [.. Years.Select(y => Triple(_index.Rate(series, ReportIds.YearEnd, y, ReportRecord.CountryId, age)))],
            },
        }).ToList();
        var id = ChartIds.Ages(series);
        return new ChartSpec(id, _t.AgesChart(_t.SeriesName(series)), new
        {
            id,
            kind = "ages",
            years = Years,
            views = new[] { new { key = ReportIds.DuringYear, label = _t.PeriodName(ReportIds.DuringYear) }, new { key = ReportIds.YearEnd, label = _t.PeriodName(ReportIds.YearEnd) } },
            panels,
        }, []);
    }

    public ChartSpec Ranked(string series)
    {
        var items = _regions.Select(region => (Name: _t.RegionName(region), Record: _index.Rate(series, ReportIds.DuringYear, Year, region))).ToList();
        var national = _index.Rate(series, ReportIds.DuringYear, Year, ReportRecord.CountryId);
        var id = ChartIds.Ranked(series);
        return new ChartSpec(id, _t.RankedChart(_t.SeriesName(series), Year), new
        {
            id,
            kind = "ranked",
            valueLabel = _t.PerThousand,
            intervalLabel = _t.Interval,
            reference = national is { IsShown: true } ? national.Value : null,
            referenceLabel = _t.Norway,
            items = items.Select(i => new { name = i.Name, value = i.Record is { IsShown: true } ? i.Record.Value : null, lower = i.Record?.Lower, upper = i.Record?.Upper }),
        }, [.. items.Where(i => i.Record is not { IsShown: true, Value: not null }).Select(i => i.Name)]);
    }

    public ChartSpec Change(string series)
    {
        var first = _data.Metadata.FirstYear;
        var items = _regions.Select(region =>
        {
            var now = _index.Rate(series, ReportIds.DuringYear, Year, region);
            return new
            {
                name = _t.RegionName(region),
                a = KeyFindings.Change(now, _index.Rate(series, ReportIds.DuringYear, first, region)),
                b = KeyFindings.Change(now, _index.Rate(series, ReportIds.DuringYear, Year - 1, region)),
            };
        }).ToList();
        var id = ChartIds.Change(series);
        return new ChartSpec(id, _t.ChangeChart(_t.SeriesName(series), first, Year), new
        {
            id,
            kind = "change",
            valueLabel = _t.ChangePercent,
            labels = new[] { _t.Since(first), _t.Since(Year - 1) },
            items,
        }, [.. items.Where(i => i.a is null && i.b is null).Select(i => i.name)]);
    }

    private IReadOnlyList<int> Months => [.. Enumerable.Range(2, 11)];

    public ChartSpec Monthly(string series)
    {
        var id = ChartIds.Monthly(series);
        return new ChartSpec(id, _t.MonthlyChart(_t.SeriesName(series)), new
        {
            id,
            kind = "monthly",
            valueLabel = _t.ChangePercent,
            months = Months.Select(_t.MonthName),
            series = MonthlyYears.Select(y => new
            {
                name = y.ToString(System.Globalization.CultureInfo.InvariantCulture),
                values = Months.Select(m => _index.Monthly(series, y, m, ReportRecord.CountryId) is { IsShown: true } r ? r.Value : null),
            }),
        }, []);
    }

    public ChartSpec Heatmap(string series, bool byAge)
    {
        var rows = byAge ? _ages : _regions;
        var columns = MonthlyYears.SelectMany(y => Months.Select(m => (Year: y, Month: m))).ToList();
        var cells = new List<object?[]>();
        for (var row = 0; row < rows.Count; row++)
        {
            for (var col = 0; col < columns.Count; col++)
            {
                var (y, m) = columns[col];
                var record = byAge
                    ? _index.Monthly(series, y, m, ReportRecord.CountryId, rows[row])
                    : _index.Monthly(series, y, m, rows[row]);
                cells.Add([col, row, record is { IsShown: true } ? record.Value : null]);
            }
        }
        var id = byAge ? ChartIds.AgeHeatmap(series) : ChartIds.Heatmap(series);
        return new ChartSpec(id, byAge ? _t.AgeHeatmapChart(_t.SeriesName(series)) : _t.HeatmapChart(_t.SeriesName(series)), new
        {
            id,
            kind = "heatmap",
            rows = rows.Select(r => byAge ? _t.AgeName(r) : _t.RegionName(r)),
            columns = columns.Select(c => $"{_t.MonthName(c.Month)} {c.Year % 100:D2}"),
            cells,
            hiddenLabel = _t.HiddenCell,
            limit = 30,
        }, []);
    }

    private IReadOnlyList<string> Needs => [.. _data.Records.Where(r => r.Section == ReportIds.CoordinatorShare && r.Bistandsbehov != ReportRecord.Total)
        .Select(r => r.Bistandsbehov!).Distinct().Append(ReportRecord.Total)];

    public ChartSpec Coordinator()
    {
        var ages = _data.Records.Where(r => r.Section == ReportIds.CoordinatorPart).Select(r => r.AgeGroup).Distinct().ToList();
        return new ChartSpec(ChartIds.Coordinator, _t.CoordinatorChart(Year), new
        {
            id = ChartIds.Coordinator,
            kind = "coordinator",
            valueLabel = _t.SharePercent,
            intervalLabel = _t.Interval,
            categories = Needs.Select(_t.NeedName),
            parts = ages.Select((age, k) => new
            {
                name = k == 0 ? _t.Under67 : _t.From67,
                values = Needs.Select(n => _index.Coordinator(ReportIds.CoordinatorPart, Year, n, age) is { IsShown: true } r ? r.Value : null),
            }),
            total = Needs.Select(n => Triple(_index.Coordinator(ReportIds.CoordinatorShare, Year, n, ReportRecord.Total))),
        }, []);
    }

    public ChartSpec CoordinatorChange() => new(ChartIds.CoordinatorChange, _t.CoordinatorChangeChart(Year), new
    {
        id = ChartIds.CoordinatorChange,
        kind = "intervals",
        valueLabel = _t.PercentagePoints,
        categories = Needs.Select(_t.NeedName),
        values = Needs.Select(n => Triple(_index.Coordinator(ReportIds.CoordinatorChange, Year, n, ReportRecord.Total))),
    }, []);
}
