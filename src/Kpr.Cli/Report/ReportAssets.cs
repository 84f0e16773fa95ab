using System.Reflection;

namespace Kpr.Cli.Report;

/// <summary>
/// The files embedded in kpr for the HTML outputs: Apache ECharts 6.1.0 (dist/echarts.min.js from the npm package,
/// Apache-2.0, licence in Assets/ECHARTS-LICENSE.txt and docs/third-party.md), the chart builders (kpr-charts.js),
/// the dashboard script and the style sheet. They are written into each page, so nothing is fetched at view time.
/// </summary>
internal static class ReportAssets
{
    public static string ECharts => Read("echarts.min.js");

    public static string Charts => Read("kpr-charts.js");

    public static string Dashboard => Read("kpr-dashboard.js");

    public static string Css => Read("kpr-report.css");

    private static string Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Kpr.Cli.Report.Assets." + name)
            ?? throw new InvalidOperationException($"The embedded asset {name} is missing from the kpr assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Makes script text safe inside a &lt;script&gt; element.</summary>
    public static string ScriptSafe(string script) => script.Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase);
}
