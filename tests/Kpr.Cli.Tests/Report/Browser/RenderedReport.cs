namespace Kpr.Cli.Tests.Report.Browser;

/// <summary>A report and a dashboard written once by <c>kpr report</c> on a built-in synthetic register, and a browser
/// to open them (shared by the browser tests of one class).</summary>
public sealed class RenderedReport : IAsyncLifetime
{
    /// <summary>Large enough that every helsefellesskap's yearly rate is shown in every series.</summary>
    public const int Persons = 150_000;

    private readonly string _dir = Directory.CreateTempSubdirectory("kpr-browser-").FullName;

    public Chromium Chromium { get; } = new();

    public string ReportPath => Path.Combine(_dir, "report.html");

    public string DashboardPath => Path.Combine(_dir, "dashboard.html");

    public string JsonPath => Path.Combine(_dir, "report.json");

    public async Task InitializeAsync()
    {
        foreach (var (format, path) in new[] { ("html", ReportPath), ("dashboard", DashboardPath), ("json", JsonPath) })
        {
            var (code, _, stderr) = CliRunner.Run("report", "--sample-persons", Persons.ToString(System.Globalization.CultureInfo.InvariantCulture), "--format", format, "--output", path);
            Assert.True(code == 0, stderr);
        }
        await Chromium.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await Chromium.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }
}
