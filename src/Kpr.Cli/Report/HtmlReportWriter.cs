using System.Text;
using System.Text.Json;

namespace Kpr.Cli.Report;

/// <summary>
/// Writes the report as one self-contained HTML file after Helsedirektoratet's "Omsorgstjenesten –
/// aktivitetsutvikling og erfaringer fra pandemien": key findings, rates by age for every year (small multiples),
/// variation between the helsefellesskap, monthly starts against 2019, the coordinator share, notes, and an appendix of
/// collapsible tables with CSV downloads (data URIs). Charts are drawn in the browser by the embedded Apache ECharts
/// (SVG renderer) from specifications built from the protected records; nothing is fetched at view time.
/// </summary>
internal static class HtmlReportWriter
{
    public static string Write(ReportData data, string generatedBy)
    {
        var t = ReportText.For(data.Language);
        var m = data.Metadata;
        var specs = new ChartSpecs(data, t);
        var charts = new List<ChartSpec>();
        var html = new StringBuilder(2 * 1024 * 1024);
        Head(html, t.Title, data.Language);
        html.Append("<header><h1>").Append(E(t.Title)).Append("</h1><p>").Append(E(t.Subtitle(m.FirstYear, m.Year))).Append("</p></header>\n<main>\n");
        Honesty(html, m, t);

        html.Append("<section id=\"findings\"><h2>").Append(E(t.KeyFindingsHeading)).Append("</h2>\n<ul class=\"findings\">");
        foreach (var finding in KeyFindings.For(data, t))
        {
            html.Append("<li><a href=\"#").Append(E(finding.ChartId)).Append("\">").Append(E(finding.Text)).Append("</a></li>");
        }
        html.Append("</ul></section>\n");

        var hasMonthly = specs.MonthlyYears.Count > 0;
        var hasCoordinator = data.Records.Any(r => r.Section == ReportIds.CoordinatorShare);
        var toc = new List<(string Id, string Heading)> { ("ages", t.AgesHeading(m.FirstYear, m.Year)), ("regions", t.RegionsHeading(m.Year)) };
        if (hasMonthly)
        {
            toc.Add(("monthly", t.MonthlyHeading));
        }
        if (hasCoordinator)
        {
            toc.Add(("coordinator", t.CoordinatorHeading));
        }
        toc.Add(("about", t.AboutHeading));
        toc.Add(("appendix", t.AppendixHeading));
        html.Append("<nav aria-label=\"").Append(E(t.Contents)).Append("\"><ol>");
        foreach (var (id, heading) in toc)
        {
            html.Append("<li><a href=\"#").Append(id).Append("\">").Append(E(heading)).Append("</a></li>");
        }
        html.Append("</ol></nav>\n");

        Section(html, "ages", t.AgesHeading(m.FirstYear, m.Year), t.AgesIntro, major: false);
        foreach (var series in ReportSeries.All)
        {
            Figure(html, charts, specs.Ages(series), t);
        }
        html.Append("</section>\n");

        Section(html, "regions", t.RegionsHeading(m.Year), t.RegionsIntro, major: true);
        foreach (var series in ReportSeries.All)
        {
            // One block per series: in print the ranked chart and its change chart share a page.
            html.Append("<div class=\"block\"><h3>").Append(E(t.SeriesName(series))).Append("</h3>\n");
            Figure(html, charts, specs.Ranked(series), t);
            if (m.Year > m.FirstYear)
            {
                Figure(html, charts, specs.Change(series), t);
            }
            html.Append("</div>\n");
        }
        html.Append("</section>\n");

        if (hasMonthly)
        {
            Section(html, "monthly", t.MonthlyHeading, t.MonthlyIntro(m.BaselineYear), major: true);
            foreach (var series in ReportSeries.Monthly)
            {
                html.Append("<h3>").Append(E(t.SeriesName(series))).Append("</h3>\n");
                Figure(html, charts, specs.Monthly(series), t);
                Figure(html, charts, specs.Heatmap(series, byAge: false), t);
                if (series == ReportSeries.TimeLimited)
                {
                    Figure(html, charts, specs.Heatmap(series, byAge: true), t);
                }
            }
            html.Append("</section>\n");
        }

        if (hasCoordinator)
        {
            Section(html, "coordinator", t.CoordinatorHeading, t.CoordinatorIntro(m.Year), major: true);
            Figure(html, charts, specs.Coordinator(), t);
            if (data.Records.Any(r => r.Section == ReportIds.CoordinatorChange))
            {
                Figure(html, charts, specs.CoordinatorChange(), t);
            }
            html.Append("</section>\n");
        }

        html.Append("<section id=\"about\"><h2>").Append(E(t.AboutHeading)).Append("</h2>\n<ul class=\"about\">");
        foreach (var note in Notes(m, t))
        {
            html.Append("<li>").Append(E(note)).Append("</li>");
        }
        html.Append("</ul></section>\n");

        Appendix(html, data, t);
        html.Append("<footer>").Append(E(generatedBy)).Append("</footer>\n</main>\n");
        Scripts(html, data.Language, charts.Select(c => c.Spec), "KprCharts.renderAll(page);");
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    internal static void Head(StringBuilder html, string title, string language)
    {
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(language == "en" ? "en" : "nb").Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(title)).Append("</title>\n<style>\n").Append(ReportAssets.Css).Append("</style>\n</head>\n<body>\n");
    }

    internal static void Honesty(StringBuilder html, ReportMetadata m, ReportText t)
    {
        if (m.IsSynthetic)
        {
            html.Append("<p class=\"synthetic\" id=\"synthetic-notice\">").Append(E(t.SyntheticBanner)).Append("</p>\n");
        }
        if (m.Coverage is not null)
        {
            html.Append("<p class=\"coverage\" id=\"coverage-notice\">").Append(E(m.Coverage)).Append("</p>\n");
        }
    }

    internal static IEnumerable<string> Notes(ReportMetadata m, ReportText t) =>
    [
        m.Source,
        t.DenominatorNote,
        t.SeriesNote,
        t.NationalNote(m.Unplaced),
        .. m.CellsAbovePopulation > 0 ? new[] { t.AbovePopulationNote(m.CellsAbovePopulation) } : [],
        t.ProtectionNote(m.Threshold),
        t.StructureNote(m.StructureYear),
        t.DashboardLink,
    ];

    internal static void Scripts(StringBuilder html, string language, IEnumerable<object> chartSpecs, string start, object? extra = null)
    {
        var page = JsonSerializer.Serialize(new { lang = language, charts = chartSpecs, data = extra });
        html.Append("<script id=\"kpr-page\" type=\"application/json\">").Append(page).Append("</script>\n");
        html.Append("<script>\n").Append(ReportAssets.ScriptSafe(ReportAssets.ECharts)).Append("\n</script>\n");
        html.Append("<script>\n").Append(ReportAssets.ScriptSafe(ReportAssets.Charts)).Append("\n</script>\n");
        html.Append("<script>\n\"use strict\";\nvar page = JSON.parse(document.getElementById(\"kpr-page\").textContent);\n").Append(start).Append("\n</script>\n");
    }

    private static void Section(StringBuilder html, string id, string heading, string intro, bool major)
    {
        html.Append("<section id=\"").Append(id).Append('"').Append(major ? " class=\"major\"" : "").Append("><h2>").Append(E(heading)).Append("</h2>\n<p>")
            .Append(E(intro)).Append("</p>\n");
    }

    private static void Figure(StringBuilder html, List<ChartSpec> charts, ChartSpec chart, ReportText t)
    {
        charts.Add(chart);
        html.Append("<figure><figcaption>").Append(E(chart.Title)).Append("</figcaption>\n<div class=\"chart\" id=\"").Append(E(chart.Id))
            .Append("\" role=\"img\" aria-label=\"").Append(E(chart.Title)).Append("\"></div>");
        if (chart.Hidden.Count > 0)
        {
            html.Append("<p class=\"hidden-list\">").Append(E(t.HiddenList)).Append(E(string.Join(", ", chart.Hidden))).Append("</p>");
        }
        html.Append("</figure>\n");
    }

    // --- Appendix ---------------------------------------------------------------------------------------------

    private static void Appendix(StringBuilder html, ReportData data, ReportText t)
    {
        html.Append("<section id=\"appendix\" class=\"major\"><h2>").Append(E(t.AppendixHeading)).Append("</h2>\n<p>").Append(E(t.AppendixIntro)).Append("</p>\n");
        var rates = data.Records.Where(r => r.Section == ReportIds.Rate).ToList();
        var monthly = data.Records.Where(r => r.Section == ReportIds.MonthlyStarts).ToList();
        var coordinator = data.Records.Where(r => r.Section.StartsWith("coordinator", StringComparison.Ordinal)).ToList();
        string[] rateColumns = ["series", "period", "year", "age_group", "count", "population", "rate", "lower", "upper"];
        AppendixTable(html, t, "table-rates-norway", t.T("Mottakere og rate per 1 000, hele landet", "Recipients and rate per 1,000, Norway"),
            rates.Where(r => r.RegionLevel == ReportIds.Country).ToList(), rateColumns, RateRow);
        AppendixTable(html, t, "table-rates-helsefellesskap", t.T("Mottakere og rate per 1 000 etter helsefellesskap (alle aldre)", "Recipients and rate per 1,000 by health community (all ages)"),
            rates.Where(r => r.RegionLevel == ReportIds.Helsefellesskap && r.AgeGroup == ReportRecord.Total).ToList(),
            ["region", .. rateColumns], (r, tx) => [(tx.RegionName(r.RegionId), false, false), .. RateRow(r, tx)],
            csvRecords: rates.Where(r => r.RegionLevel == ReportIds.Helsefellesskap).ToList());
        string[] monthColumns = ["series", "month", "age_group", "count", "baseline", "change"];
        AppendixTable(html, t, "table-monthly-norway", t.T("Tjenestestarter per måned, hele landet", "Service starts per month, Norway"),
            monthly.Where(r => r.RegionLevel == ReportIds.Country).ToList(), monthColumns, MonthRow);
        AppendixTable(html, t, "table-monthly-helsefellesskap", t.T("Tjenestestarter per måned etter helsefellesskap", "Service starts per month by health community"),
            monthly.Where(r => r.RegionLevel == ReportIds.Helsefellesskap).ToList(), ["region", .. monthColumns], (r, tx) => [(tx.RegionName(r.RegionId), false, false), .. MonthRow(r, tx)]);
        AppendixTable(html, t, "table-coordinator", t.T("Andel med koordinator", "Share with a coordinator"), coordinator,
            ["period", "year", "bistandsbehov", "age_group", "count", "recipients", "share", "lower", "upper"], CoordinatorRow);
        html.Append("</section>\n");
    }

    private static (string Text, bool Number, bool Hidden)[] RateRow(ReportRecord r, ReportText t) =>
    [
        (t.SeriesName(r.Series), false, false), (t.PeriodName(r.Period), false, false), (r.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), false, false),
        (t.AgeName(r.AgeGroup), false, false), .. Numbers(r, t, r.Count, r.Denominator, 0, r.Value, r.Lower, r.Upper),
    ];

    private static (string Text, bool Number, bool Hidden)[] MonthRow(ReportRecord r, ReportText t) =>
    [
        (t.SeriesName(r.Series), false, false), ($"{r.Year}-{r.Month:D2}", false, false), (t.AgeName(r.AgeGroup), false, false),
        (r.IsShown || r.Count is not null ? t.Integer(r.Count) : ":", true, r.Count is null), (r.Year == 2019 ? "" : r.Denominator is { } d ? t.Number(d, 0) : ":", true, r.Denominator is null && r.Year != 2019),
        (r.Year == 2019 ? "" : r.IsShown ? t.Number(r.Value) : ":", true, !r.IsShown),
    ];

    private static (string Text, bool Number, bool Hidden)[] CoordinatorRow(ReportRecord r, ReportText t) =>
    [
        (r.Section switch { ReportIds.CoordinatorChange => t.T("Endring (p.p.)", "Change (p.p.)"), ReportIds.CoordinatorPart => t.T("Del av gruppens andel", "Part of the group's share"), _ => t.T("Andel", "Share") }, false, false),
        (r.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), false, false), (t.NeedName(r.Bistandsbehov ?? ReportRecord.Total), false, false), (t.AgeName(r.AgeGroup), false, false),
        .. Numbers(r, t, r.Count, r.Denominator, 0, r.Value, r.Lower, r.Upper),
    ];

    private static (string, bool, bool)[] Numbers(ReportRecord r, ReportText t, long? count, double? denominator, int denominatorDecimals, double? value, double? lower, double? upper)
    {
        var hidden = !r.IsShown;
        string Or(string text, bool isHidden) => isHidden ? ":" : text;
        return
        [
            (Or(t.Integer(count), hidden && count is null), true, hidden && count is null),
            (denominator is { } d ? t.Number(d, denominatorDecimals) : hidden ? ":" : "–", true, denominator is null && hidden),
            (Or(t.Number(value), hidden), true, hidden),
            (Or(t.Number(lower), hidden), true, hidden),
            (Or(t.Number(upper), hidden), true, hidden),
        ];
    }

    private static void AppendixTable(StringBuilder html, ReportText t, string id, string title, IReadOnlyList<ReportRecord> records, string[] columns,
        Func<ReportRecord, ReportText, (string Text, bool Number, bool Hidden)[]> row, IReadOnlyList<ReportRecord>? csvRecords = null)
    {
        if (records.Count == 0)
        {
            return;
        }
        var csv = DataReportWriter.WriteCsv(csvRecords ?? records);
        var uri = "data:text/csv;charset=utf-8;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(csv));
        html.Append("<details id=\"").Append(id).Append("\"><summary>").Append(E(title)).Append(" (")
            .Append(records.Count.ToString("N0", t.Culture)).Append(t.T(" rader", " rows")).Append(")</summary>\n")
            .Append("<a class=\"download\" download=\"kpr-").Append(id.Replace("table-", "", StringComparison.Ordinal)).Append(".csv\" href=\"").Append(uri).Append("\">")
            .Append(E(t.DownloadCsv)).Append("</a>\n<table><thead><tr>");
        var first = row(records[0], t);
        for (var c = 0; c < columns.Length; c++)
        {
            html.Append(first[c].Number ? "<th class=\"num\">" : "<th>").Append(E(t.Column(columns[c]))).Append("</th>");
        }
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var record in records)
        {
            html.Append("<tr>");
            foreach (var (text, number, hidden) in row(record, t))
            {
                html.Append(hidden ? "<td class=\"hidden\">" : number ? "<td class=\"num\">" : "<td>").Append(E(text)).Append("</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody></table></details>\n");
    }

    /// <summary>Escapes what HTML needs; Norwegian letters stay readable (the file is UTF-8).</summary>
    internal static string E(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal);
}
