using System.Text;

namespace Kpr.Cli.Report;

/// <summary>
/// Writes <c>kpr report --format dashboard</c>: one offline HTML file in which a helsefellesskap secretariat picks its
/// helsefellesskap and sees it against the country and the others (service series, age group, year, during the year or
/// on 31.12, monthly starts against 2019). Built only from the protected publication's records (hidden cells stay
/// empty); the charting library is embedded, nothing is fetched at view time.
/// </summary>
internal static class DashboardWriter
{
    public static string Write(ReportData data, string generatedBy)
    {
        var t = ReportText.For(data.Language);
        var m = data.Metadata;
        var html = new StringBuilder(2 * 1024 * 1024);
        HtmlReportWriter.Head(html, t.DashboardTitle, data.Language);
        html.Append("<header><h1>").Append(HtmlReportWriter.E(t.DashboardTitle)).Append("</h1><p>")
            .Append(HtmlReportWriter.E(t.Subtitle(m.FirstYear, m.Year))).Append("</p></header>\n<main>\n");
        HtmlReportWriter.Honesty(html, m, t);
        html.Append("<div class=\"controls\" id=\"controls\">");
        foreach (var (id, label) in new[]
        {
            ("pick-region", t.T("Helsefellesskap", "Health community")), ("pick-series", t.Column("series")), ("pick-age", t.Column("age_group")),
            ("pick-year", t.Column("year")), ("pick-period", t.Column("period")),
        })
        {
            html.Append("<label for=\"").Append(id).Append("\">").Append(HtmlReportWriter.E(label)).Append("<select id=\"").Append(id).Append("\"></select></label>");
        }
        html.Append("</div>\n");
        foreach (var id in new[] { "dash-trend", "dash-ranked", "dash-ages", "dash-monthly" })
        {
            html.Append("<figure><figcaption id=\"").Append(id).Append("-title\"></figcaption><div class=\"chart\" id=\"").Append(id)
                .Append("\" role=\"img\"></div><p class=\"hidden-list\" id=\"").Append(id).Append("-hidden\"></p></figure>\n");
        }
        html.Append("<section id=\"about\"><h2>").Append(HtmlReportWriter.E(t.AboutHeading)).Append("</h2>\n<ul class=\"about\">");
        foreach (var note in HtmlReportWriter.Notes(m, t).SkipLast(1))
        {
            html.Append("<li>").Append(HtmlReportWriter.E(note)).Append("</li>");
        }
        html.Append("</ul></section>\n<footer>").Append(HtmlReportWriter.E(generatedBy)).Append("</footer>\n</main>\n");
        HtmlReportWriter.Scripts(html, data.Language, [], ReportAssets.ScriptSafe(ReportAssets.Dashboard), Data(data, t));
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>The dashboard's data: names and the published records in compact arrays (null = hidden or not computable).</summary>
    private static object Data(ReportData data, ReportText t)
    {
        var rates = data.Records.Where(r => r.Section == ReportIds.Rate && r.Series != ReportRecord.Total).ToList();
        var regions = rates.Where(r => r.RegionLevel == ReportIds.Helsefellesskap).Select(r => r.RegionId).Distinct().Prepend(ReportRecord.CountryId).ToList();
        var ages = rates.Where(r => r.AgeGroup != ReportRecord.Total).Select(r => r.AgeGroup).Distinct().Prepend(ReportRecord.Total).ToList();
        var series = ReportSeries.All.ToList();
        string[] periods = [ReportIds.DuringYear, ReportIds.YearEnd];
        var monthly = data.Records.Where(r => r.Section == ReportIds.MonthlyStarts && r.Year != data.Metadata.BaselineYear && r.AgeGroup == ReportRecord.Total).ToList();
        double? Shown(ReportRecord r, double? v) => r.IsShown ? v : null;
        return new
        {
            regions = regions.Select(id => new { id, name = t.RegionName(id) }),
            series = series.Select(id => new { id, name = t.SeriesName(id), monthly = ReportSeries.Monthly.Contains(id) }),
            ages = ages.Select(id => new { id, name = t.AgeName(id) }),
            periods = periods.Select(id => new { id, name = t.PeriodName(id) }),
            years = rates.Select(r => r.Year).Distinct().Order(),
            monthlyYears = monthly.Select(r => r.Year).Distinct().Order(),
            months = Enumerable.Range(1, 12).Select(t.MonthName),
            rates = rates.Select(r => new object?[]
            {
                series.IndexOf(r.Series), Array.IndexOf(periods, r.Period), r.Year, regions.IndexOf(r.RegionId), ages.IndexOf(r.AgeGroup),
                Shown(r, r.Value), Shown(r, r.Lower), Shown(r, r.Upper),
            }),
            monthly = monthly.Select(r => new object?[] { series.IndexOf(r.Series), r.Year, r.Month, regions.IndexOf(r.RegionId), Shown(r, r.Value) }),
            labels = new
            {
                perThousand = t.PerThousand,
                changePercent = t.ChangePercent,
                interval = t.Interval,
                norway = t.Norway,
                hidden = t.HiddenList,
                trend = t.T("{series}, {age}: {region} og hele landet, per 1 000 innbyggere ({period})", "{series}, {age}: {region} and Norway, per 1,000 inhabitants ({period})"),
                ranked = t.T("{series}, {age}, {year}: alle helsefellesskap ({period}); {region} uthevet", "{series}, {age}, {year}: all health communities ({period}); {region} highlighted"),
                ages = t.T("{series}, {year}: {region} og hele landet etter alder ({period})", "{series}, {year}: {region} and Norway by age ({period})"),
                monthly = t.T("{series}: nye tjenester sammenlignet med samme måned i 2019, {region} og hele landet (%)", "{series}: new services compared with the same month of 2019, {region} and Norway (%)"),
                noMonthly = t.T("Månedstall finnes bare for tjenester til hjemmeboende, tidsbegrensede institusjonstjenester og langtidsopphold, og for 2020 og senere.",
                    "Monthly figures exist only for services at home, time-limited institutional services and long-term stays, from 2020."),
            },
        };
    }
}
