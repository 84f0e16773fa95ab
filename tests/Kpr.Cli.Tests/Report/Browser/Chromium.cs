using PuppeteerSharp;

namespace Kpr.Cli.Tests.Report.Browser;

/// <summary>
/// Debian's chromium driven by PuppeteerSharp (a well-kept .NET port of Puppeteer) at its installed path: nothing
/// downloads a browser. Flags as the machine notes prescribe (no background networking on a closed network) and a
/// fresh profile per run. CI installs the browser (.ci/run); a missing browser fails the tests with the fix named.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private readonly string _profile = Directory.CreateTempSubdirectory("kpr-chromium-").FullName;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"{ExecutablePath} is missing: install Debian's chromium (apt-get install -y chromium); .ci/run does this in CI (CI={Environment.GetEnvironmentVariable("CI") ?? "unset"}).");
        }
        Browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            UserDataDir = _profile,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
            ],
            Timeout = 120_000,
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
            await Browser.DisposeAsync();
        }
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // chromium may still hold a lock file for a moment; the temp folder is cleaned by the system.
        }
    }

    /// <summary>Opens a file in a new page, collecting console errors and uncaught exceptions.</summary>
    public async Task<(IPage Page, List<string> Errors)> OpenAsync(string path, int width = 1000, int height = 1400)
    {
        var page = await Browser.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, e) =>
        {
            if (e.Message.Type == ConsoleType.Error)
            {
                lock (errors)
                {
                    errors.Add("console: " + e.Message.Text);
                }
            }
        };
        page.PageError += (_, e) =>
        {
            lock (errors)
            {
                errors.Add("page error: " + e.Message);
            }
        };
        await page.SetViewportAsync(new ViewPortOptions { Width = width, Height = height });
        await page.GoToAsync(new Uri(path).AbsoluteUri, new NavigationOptions { WaitUntil = [WaitUntilNavigation.Load], Timeout = 120_000 });
        return (page, errors);
    }

    /// <summary>The folder beside the test results (TestResults/browser at the repository root) for screenshots and PDFs.</summary>
    public static string ArtifactsFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Kpr.Core.sln")))
        {
            dir = dir.Parent;
        }
        var folder = Path.Combine(dir?.FullName ?? Path.GetTempPath(), "TestResults", "browser");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
