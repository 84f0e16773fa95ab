using Kpr.Core.Measures;

namespace Kpr.Cli.Report;

/// <summary>One key finding: a sentence computed from the publication's records and the chart it refers to.</summary>
internal sealed record KeyFinding(string Text, string ChartId);

/// <summary>
/// The key findings at the top of the report, as sentences built from published (protected) records only; changes
/// use the core's <see cref="RelativeChange"/>. A finding whose numbers are hidden or missing is left out.
/// </summary>
internal static class KeyFindings
{
    public static IReadOnlyList<KeyFinding> For(ReportData data, ReportText t)
    {
        var index = new RecordIndex(data.Records);
        var year = data.Metadata.Year;
        var first = data.Metadata.FirstYear;
        var findings = new List<KeyFinding>();
        var country = ReportRecord.CountryId;

        if (index.Rate(ReportRecord.Total, ReportIds.DuringYear, year, country) is { IsShown: true, Count: { } all, Value: { } allRate })
        {
            findings.Add(new(t.T(
                $"{t.Integer(all)} personer mottok minst én av de fem tjenestegruppene i løpet av {year}, {t.Number(allRate / 10)} % av befolkningen.",
                $"{t.Integer(all)} persons received at least one of the five service groups during {year}, {t.Number(allRate / 10)} % of the population."),
                ChartIds.Ages(ReportSeries.Home)));
        }
        foreach (var series in ReportSeries.All)
        {
            var now = index.Rate(series, ReportIds.DuringYear, year, country);
            if (now is not { IsShown: true, Value: { } rate })
            {
                continue;
            }
            var sinceFirst = Change(now, index.Rate(series, ReportIds.DuringYear, first, country));
            var sincePrevious = year > first ? Change(now, index.Rate(series, ReportIds.DuringYear, year - 1, country)) : null;
            var parts = new List<string>();
            if (year > first && sinceFirst is { } a)
            {
                parts.Add(t.T($"{t.Signed(a)} % siden {first}", $"{t.Signed(a)} % since {first}"));
            }
            if (year - 1 > first && sincePrevious is { } b)
            {
                parts.Add(t.T($"{t.Signed(b)} % siden {year - 1}", $"{t.Signed(b)} % since {year - 1}"));
            }
            var change = parts.Count > 0 ? " (" + string.Join(t.T(" og ", " and "), parts) + ")" : "";
            findings.Add(new(t.T($"{t.SeriesName(series)}: {t.Number(rate)} mottakere per 1 000 innbyggere i løpet av {year}{change}.",
                $"{t.SeriesName(series)}: {t.Number(rate)} recipients per 1,000 inhabitants during {year}{change}."), ChartIds.Ages(series)));
        }
        foreach (var age in new[] { "80-89", "90+" })
        {
            var now = index.Rate(ReportSeries.Home, ReportIds.DuringYear, year, country, age);
            if (year > first && now is { IsShown: true, Value: { } rate } && Change(now, index.Rate(ReportSeries.Home, ReportIds.DuringYear, first, country, age)) is { } c)
            {
                findings.Add(new(t.T($"Blant personer {t.AgeName(age)} mottok {t.Number(rate)} per 1 000 tjenester til hjemmeboende i {year}, {t.Signed(c)} % siden {first}.",
                    $"Among persons aged {t.AgeName(age)}, {t.Number(rate)} per 1,000 received services at home in {year}, {t.Signed(c)} % since {first}."), ChartIds.Ages(ReportSeries.Home)));
            }
        }
        if (year > first)
        {
            foreach (var series in new[] { ReportSeries.Home, ReportSeries.TimeLimited })
            {
                var changes = data.Records
                    .Where(r => r.Section == ReportIds.Rate && r.Series == series && r.Period == ReportIds.DuringYear && r.Year == year
                        && r.RegionLevel == ReportIds.Helsefellesskap && r.AgeGroup == ReportRecord.Total)
                    .Select(r => Change(r, index.Rate(series, ReportIds.DuringYear, year - 1, r.RegionId)))
                    .ToList();
                var rose = changes.Count(c => c > 0);
                var fell = changes.Count(c => c < 0);
                var unknown = changes.Count(c => c is null);
                var rest = unknown > 0 ? t.T($"; {unknown} kan ikke vises (små tall)", $"; {unknown} cannot be shown (small numbers)") : "";
                findings.Add(new(t.T($"{t.SeriesName(series)}: raten økte fra {year - 1} til {year} i {rose} og falt i {fell} av {changes.Count} helsefellesskap{rest}.",
                    $"{t.SeriesName(series)}: the rate rose from {year - 1} to {year} in {rose} and fell in {fell} of {changes.Count} health communities{rest}."), ChartIds.Change(series)));
            }
        }
        if (index.Monthly(ReportSeries.Home, 2020, 4, country) is { IsShown: true, Value: { } april })
        {
            var lowest = Enumerable.Range(2, 11)
                .Select(m => (Month: m, Record: index.Monthly(ReportSeries.TimeLimited, 2020, m, country)))
                .Where(x => x.Record is { IsShown: true, Value: not null })
                .OrderBy(x => x.Record!.Value).FirstOrDefault();
            var timeLimited = lowest.Record is { Value: { } v }
                ? t.T($"; for tidsbegrensede institusjonstjenester var {t.MonthName(lowest.Month)} 2020 lavest ({t.Signed(v)} %)",
                    $"; for time-limited institutional services {t.MonthName(lowest.Month)} 2020 was lowest ({t.Signed(v)} %)")
                : "";
            findings.Add(new(t.T($"Pandemivåren: antall nye tjenester til hjemmeboende i april 2020 var {t.Signed(april)} % sammenlignet med april 2019{timeLimited}.",
                $"The pandemic spring: new services at home in April 2020 were {t.Signed(april)} % compared with April 2019{timeLimited}."), ChartIds.Monthly(ReportSeries.Home)));
        }
        if (index.Coordinator(ReportIds.CoordinatorShare, year, ReportRecord.Total, ReportRecord.Total) is { IsShown: true, Value: { } share })
        {
            var change = index.Coordinator(ReportIds.CoordinatorChange, year, ReportRecord.Total, ReportRecord.Total);
            var changeText = change is { IsShown: true, Value: { } pp }
                ? t.T($", {t.Signed(pp)} prosentpoeng fra {year - 1} (95 % KI {t.Number(change.Lower)} til {t.Number(change.Upper)})",
                    $", {t.Signed(pp)} percentage points from {year - 1} (95 % CI {t.Number(change.Lower)} to {t.Number(change.Upper)})")
                : "";
            findings.Add(new(t.T($"{t.Number(share)} % av mottakerne av helsetjenester i hjemmet og/eller praktisk bistand hadde koordinator per 31.12.{year}{changeText}.",
                $"{t.Number(share)} % of recipients of health care at home and/or practical assistance had a coordinator on 31 December {year}{changeText}."), ChartIds.Coordinator));
        }
        return findings;
    }

    /// <summary>Percent change of a published value against an earlier published value; null when either is hidden.</summary>
    public static double? Change(ReportRecord? now, ReportRecord? before)
    {
        if (now is not { IsShown: true, Value: { } current } || before is not { IsShown: true, Value: { } reference })
        {
            return null;
        }
        var change = RelativeChange.Create(current, reference);
        return change.IsComputable ? change.Percent : null;
    }
}

/// <summary>The element ids of the report's charts (unique on the page; the key findings link to them).</summary>
internal static class ChartIds
{
    public static string Ages(string series) => $"chart-ages-{series}";
    public static string Ranked(string series) => $"chart-ranked-{series}";
    public static string Change(string series) => $"chart-change-{series}";
    public static string Monthly(string series) => $"chart-monthly-{series}";
    public static string Heatmap(string series) => $"chart-heatmap-{series}";
    public static string AgeHeatmap(string series) => $"chart-heatmap-age-{series}";
    public const string Coordinator = "chart-coordinator";
    public const string CoordinatorChange = "chart-coordinator-change";
}
