using System.Text.Json;
using Kpr.Core.Regions;
using PuppeteerSharp;
using PuppeteerSharp.Media;

namespace Kpr.Cli.Tests.Report.Browser;

/// <summary>
/// The report and the dashboard opened in Debian's chromium: assertions on the rendered DOM (the SVG that Apache
/// ECharts drew), not on the HTML source. Screenshots and the printed PDF are saved in TestResults/browser.
/// </summary>
public sealed class ReportInBrowserTests : IClassFixture<RenderedReport>
{
    private static readonly string[] HelsefellesskapNames = [.. HelsefellesskapDirectory.Default.All.Select(h => h.Name)];

    private readonly RenderedReport _report;

    public ReportInBrowserTests(RenderedReport report) => _report = report;

    /// <summary>Texts drawn inside a chart's SVG.</summary>
    private static Task<string[]> SvgTexts(IPage page, string chartId) =>
        page.EvaluateFunctionAsync<string[]>("id => [...document.querySelectorAll('#' + CSS.escape(id) + ' svg text')].map(t => t.textContent)", chartId);

    private static Task<string[]> ChartIds(IPage page, string prefix) =>
        page.EvaluateFunctionAsync<string[]>("p => [...document.querySelectorAll('div.chart')].map(e => e.id).filter(id => id.startsWith(p))", prefix);

    [Fact]
    public void There_are_nineteen_helsefellesskap()
    {
        // The count the chart assertions rely on (Oslo is one helsefellesskap; Helsedirektoratet names 19).
        Assert.Equal(19, HelsefellesskapNames.Length);
    }

    [Fact]
    public async Task Report_renders_without_errors_or_duplicate_ids_and_is_saved_as_screenshot_and_A4_pdf()
    {
        var (page, errors) = await _report.Chromium.OpenAsync(_report.ReportPath);
        await using var _ = page;
        var duplicates = await page.EvaluateExpressionAsync<string[]>(
            "(() => { const seen = new Set(), dup = new Set(); document.querySelectorAll('[id]').forEach(e => { if (seen.has(e.id)) dup.add(e.id); seen.add(e.id); }); return [...dup]; })()");
        Assert.Empty(duplicates);
        var charts = await page.EvaluateExpressionAsync<int>("document.querySelectorAll('div.chart svg').length");
        var containers = await page.EvaluateExpressionAsync<int>("document.querySelectorAll('div.chart').length");
        Assert.True(containers >= 20, $"{containers} chart containers");
        Assert.Equal(containers, charts); // every chart drew an SVG
        Assert.Equal(0, await page.EvaluateExpressionAsync<int>("[...document.querySelectorAll('a[href]')].filter(a => !a.getAttribute('href').startsWith('#') && !a.getAttribute('href').startsWith('data:')).length"));
        Assert.Equal(0, await page.EvaluateExpressionAsync<int>("document.querySelectorAll('script[src], link[href], img[src]').length"));
        Assert.Contains("Syntetiske data", await page.EvaluateExpressionAsync<string>("document.getElementById('synthetic-notice').textContent"));
        var body = await page.EvaluateExpressionAsync<string>("document.body.innerText");
        Assert.DoesNotContain("−0,0", body);
        Assert.DoesNotContain("-0,0", body);

        var folder = Chromium.ArtifactsFolder();
        await page.ScreenshotAsync(Path.Combine(folder, "report.png"), new ScreenshotOptions { FullPage = true });
        var pdf = Path.Combine(folder, "report.pdf");
        await page.PdfAsync(pdf, new PdfOptions { Format = PaperFormat.A4, PrintBackground = true, PreferCSSPageSize = true });
        var pages = PdfPageCount(File.ReadAllBytes(pdf));
        Assert.InRange(pages, 5, 30);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Each_ranked_chart_shows_the_nineteen_helsefellesskap_with_intervals_and_the_country()
    {
        var (page, errors) = await _report.Chromium.OpenAsync(_report.ReportPath);
        await using var _ = page;
        var ranked = await ChartIds(page, "chart-ranked-");
        Assert.Equal(5, ranked.Length);
        foreach (var id in ranked)
        {
            var texts = await SvgTexts(page, id);
            var shown = HelsefellesskapNames.Where(n => texts.Contains(n)).ToList();
            Assert.True(shown.Count == 19, $"{id}: {shown.Count} helsefellesskap labels drawn");
            // One bar per helsefellesskap and one whisker group per bar, read back from the drawn chart.
            var bars = await page.EvaluateFunctionAsync<int>("id => echarts.getInstanceByDom(document.getElementById(id)).getOption().series[0].data.filter(d => d.value !== null).length", id);
            Assert.Equal(19, bars);
            Assert.Contains(texts, t => t.StartsWith("Hele landet", StringComparison.Ordinal)); // the national line's label
        }
        var change = await ChartIds(page, "chart-change-");
        foreach (var id in change)
        {
            var texts = await SvgTexts(page, id);
            Assert.Equal(19, HelsefellesskapNames.Count(n => texts.Contains(n)));
        }
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Each_monthly_chart_shows_eleven_months_per_year_without_january()
    {
        var (page, errors) = await _report.Chromium.OpenAsync(_report.ReportPath);
        await using var _ = page;
        var monthly = await ChartIds(page, "chart-monthly-");
        Assert.Equal(3, monthly.Length);
        string[] months = ["feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "des"];
        foreach (var id in monthly)
        {
            var texts = await SvgTexts(page, id);
            Assert.Equal(11, months.Count(m => texts.Contains(m)));
            Assert.DoesNotContain("jan", texts);
            var points = await page.EvaluateFunctionAsync<int[]>("id => echarts.getInstanceByDom(document.getElementById(id)).getOption().series.map(s => s.data.length)", id);
            Assert.Equal([11, 11], points); // 2020 and 2021
        }
        foreach (var id in await ChartIds(page, "chart-heatmap-"))
        {
            var columns = await page.EvaluateFunctionAsync<int>("id => echarts.getInstanceByDom(document.getElementById(id)).getOption().xAxis[0].data.length", id);
            Assert.Equal(22, columns);
        }
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_age_charts_switch_to_the_year_end_view()
    {
        var (page, errors) = await _report.Chromium.OpenAsync(_report.ReportPath);
        await using var _ = page;
        const string id = "chart-ages-hjemmeboende";
        const string firstValue = "id => echarts.getInstanceByDom(document.getElementById(id)).getOption().series[0].data[0].value";
        var during = await page.EvaluateFunctionAsync<double>(firstValue, id);
        await page.ClickAsync($"#{id} ~ * button[data-view='year_end'], button[data-view='year_end']");
        var yearEnd = await page.EvaluateFunctionAsync<double>(firstValue, id);
        Assert.True(yearEnd < during, $"31.12 ({yearEnd}) should be below during the year ({during})");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Dashboard_picker_changes_the_charts()
    {
        var (page, errors) = await _report.Chromium.OpenAsync(_report.DashboardPath);
        await using var _ = page;
        var options = await page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('#pick-region option')].map(o => o.textContent)");
        Assert.Equal(19, options.Length);
        var before = await SvgTexts(page, "dash-trend");
        var first = options[0];
        Assert.Contains(first, before);
        var ranked = await SvgTexts(page, "dash-ranked");
        Assert.Equal(19, HelsefellesskapNames.Count(n => ranked.Contains(n)));

        var value = await page.EvaluateExpressionAsync<string>("document.querySelectorAll('#pick-region option')[5].value");
        await page.SelectAsync("#pick-region", value);
        var after = await SvgTexts(page, "dash-trend");
        Assert.Contains(options[5], after);
        Assert.DoesNotContain(first, after);
        Assert.Contains(options[5], await page.EvaluateExpressionAsync<string>("document.getElementById('dash-trend-title').textContent"));
        var highlighted = await page.EvaluateExpressionAsync<string[]>(
            "(() => { const o = echarts.getInstanceByDom(document.getElementById('dash-ranked')).getOption(); return o.yAxis[0].data.filter((n, k) => o.series[0].data[k].itemStyle.color === '#D55E00'); })()");
        Assert.Equal([options[5]], highlighted);
        var monthly = await SvgTexts(page, "dash-monthly");
        Assert.Contains(monthly, t => t.Contains(options[5], StringComparison.Ordinal));

        await page.SelectAsync("#pick-series", "4"); // velferdsteknologi: no monthly comparison in the publication
        Assert.Equal(0, await page.EvaluateExpressionAsync<int>("document.querySelectorAll('#dash-monthly svg').length"));
        await page.SelectAsync("#pick-series", "0");
        await page.ScreenshotAsync(Path.Combine(Chromium.ArtifactsFolder(), "dashboard.png"), new ScreenshotOptions { FullPage = true });
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_dashboard_shows_only_published_numbers()
    {
        // Every rate the dashboard can draw is a shown record of the JSON publication of the same register.
        var (page, _) = await _report.Chromium.OpenAsync(_report.DashboardPath);
        await using var p = page;
        var embedded = await page.EvaluateExpressionAsync<double[][]>("page.data.rates.filter(r => r[5] !== null).map(r => [r[2], r[5]])");
        using var json = JsonDocument.Parse(File.ReadAllText(_report.JsonPath));
        var published = json.RootElement.GetProperty("records").EnumerateArray()
            .Where(r => r.GetProperty("section").GetString() == "rate" && r.GetProperty("status").GetString() == "shown" && r.GetProperty("value").ValueKind == JsonValueKind.Number)
            .Select(r => (r.GetProperty("year").GetInt32(), r.GetProperty("value").GetDouble()))
            .ToHashSet();
        Assert.NotEmpty(embedded);
        Assert.All(embedded, e => Assert.Contains(((int)e[0], e[1]), published));
    }

    /// <summary>Counts page objects of a PDF (<c>/Type /Page</c>, not <c>/Pages</c>).</summary>
    internal static int PdfPageCount(byte[] pdf)
    {
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        return System.Text.RegularExpressions.Regex.Matches(text, @"/Type\s*/Page(?![s\w])").Count;
    }
}
