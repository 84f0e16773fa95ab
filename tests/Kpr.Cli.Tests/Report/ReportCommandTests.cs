using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Kpr.Cli.Tests.Report;

/// <summary>End-to-end runs of <c>kpr report</c> on small built-in synthetic registers and extracts.</summary>
public sealed class ReportCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("kpr-report-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Stdout, string Stderr) Report(params string[] extra) =>
        CliRunner.Run(["report", "--sample-persons", "4000", .. extra]);

    [Fact]
    public void Html_report_on_the_builtin_sample_has_every_section_says_synthetic_and_needs_no_network()
    {
        var path = Path.Combine(_dir, "report.html");
        var (code, stdout, stderr) = Report("--output", path);
        Assert.True(code == 0, stderr);
        Assert.Contains("Written to", stdout);
        Assert.Contains("building the built-in synthetic national register", stderr);
        var html = File.ReadAllText(path);
        foreach (var id in new[] { "findings", "ages", "regions", "monthly", "coordinator", "about", "appendix", "synthetic-notice", "coverage-notice",
            "chart-ages-hjemmeboende", "chart-ages-tidsbegrenset", "chart-ages-langtidsopphold", "chart-ages-bolig", "chart-ages-velferdsteknologi",
            "chart-ranked-hjemmeboende", "chart-change-hjemmeboende", "chart-monthly-tidsbegrenset", "chart-heatmap-age-tidsbegrenset", "chart-coordinator" })
        {
            Assert.Contains($"id=\"{id}\"", html);
        }
        Assert.Contains("Syntetiske data", html);
        Assert.DoesNotContain("src=\"http", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"http", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("docs/methods.md", html);
        Assert.Contains("href=\"data:text/csv;charset=utf-8;base64,", html);
        Assert.Contains("@page", html);
        Assert.Contains("Januar er utelatt", html);
        // Norwegian page: no English labels of the old page.
        Assert.DoesNotContain("persons, seed", html);
        Assert.DoesNotContain("alle aldre år", html);
    }

    [Fact]
    public void English_report_uses_english_words()
    {
        var path = Path.Combine(_dir, "report-en.html");
        Assert.Equal(0, Report("--output", path, "--lang", "en").Code);
        var html = File.ReadAllText(path);
        Assert.Contains("Synthetic data", html);
        Assert.Contains("Key findings", html);
        Assert.DoesNotContain("Hovedfunn", html);
    }

    [Fact]
    public void Json_format_gives_tidy_records_and_metadata()
    {
        var path = Path.Combine(_dir, "report.json");
        Assert.Equal(0, Report("--format", "json", "--output", path).Code);
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var metadata = json.RootElement.GetProperty("metadata");
        Assert.True(metadata.GetProperty("synthetic").GetBoolean());
        Assert.Equal(2021, metadata.GetProperty("year").GetInt32());
        Assert.Equal(5, metadata.GetProperty("threshold").GetInt32());
        Assert.NotEqual(JsonValueKind.Null, metadata.GetProperty("coverage_note").ValueKind); // 4 000 persons are a sample
        Assert.True(metadata.GetProperty("definitions").TryGetProperty("rate", out _));
        var records = json.RootElement.GetProperty("records").EnumerateArray().ToList();
        var sections = records.Select(r => r.GetProperty("section").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "rate", "monthly_starts", "coordinator_share", "coordinator_part", "coordinator_change" }, sections);
        Assert.Contains(records, r => r.GetProperty("status").GetString() == "hidden");
        Assert.All(records.Where(r => r.GetProperty("status").GetString() == "hidden"), r =>
        {
            // The value is suppressed; a count is given only where its own cell is shown (e.g. a month whose baseline is hidden).
            Assert.Equal(JsonValueKind.Null, r.GetProperty("value").ValueKind);
            if (r.GetProperty("section").GetString() == "rate")
            {
                Assert.Equal(JsonValueKind.Null, r.GetProperty("count").ValueKind);
            }
        });
        var series = records.Where(r => r.GetProperty("section").GetString() == "rate").Select(r => r.GetProperty("series").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "hjemmeboende", "tidsbegrenset", "langtidsopphold", "bolig", "velferdsteknologi" }, series);
        var years = records.Where(r => r.GetProperty("section").GetString() == "rate").Select(r => r.GetProperty("year").GetInt32()).ToHashSet();
        Assert.Equal([2018, 2019, 2020, 2021], years.Order());
        var months = records.Where(r => r.GetProperty("section").GetString() == "monthly_starts").Select(r => r.GetProperty("month").GetInt32()).ToHashSet();
        Assert.Equal(Enumerable.Range(2, 11), months.Order());
    }

    [Fact]
    public void Csv_format_writes_records_and_metadata()
    {
        var dir = Path.Combine(_dir, "csv");
        Assert.Equal(0, Report("--format", "csv", "--output", dir).Code);
        var lines = File.ReadAllLines(Path.Combine(dir, "report.csv"));
        Assert.Equal("section,series,period,year,month,region_level,region_id,age_group,bistandsbehov,count,denominator,value,lower,upper,status", lines[0]);
        Assert.All(lines.Skip(1), l => Assert.Equal(15, l.Split(',').Length));
        using var metadata = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "metadata.json")));
        Assert.True(metadata.RootElement.GetProperty("metadata").GetProperty("synthetic").GetBoolean());
    }

    [Fact]
    public void Protection_off_shows_every_record()
    {
        var dir = Path.Combine(_dir, "open");
        Assert.Equal(0, Report("--format", "csv", "--protect", "0", "--output", dir).Code);
        Assert.DoesNotContain(File.ReadAllLines(Path.Combine(dir, "report.csv")).Skip(1), line => line.EndsWith(",hidden", StringComparison.Ordinal));
    }

    [Fact]
    public void Dashboard_format_writes_one_offline_file_with_the_picker()
    {
        var path = Path.Combine(_dir, "dashboard.html");
        Assert.Equal(0, Report("--format", "dashboard", "--output", path).Code);
        var html = File.ReadAllText(path);
        Assert.Contains("id=\"pick-region\"", html);
        Assert.Contains("Syntetiske data", html);
        Assert.DoesNotContain("src=\"http", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("--year", "2017")]
    [InlineData("--year", "2025")]
    [InlineData("--protect", "-1")]
    [InlineData("--lang", "de")]
    [InlineData("--format", "pdf")]
    [InlineData("--input", "/no/such/file.csv")]
    public void Bad_options_fail_with_a_message(string option, string value)
    {
        var (code, _, stderr) = Report(option, value, "--output", Path.Combine(_dir, "x.html"));
        Assert.NotEqual(0, code);
        Assert.False(string.IsNullOrWhiteSpace(stderr));
    }

    [Fact]
    public void An_extract_from_one_municipality_says_it_covers_part_of_the_country_and_notes_rates_above_1000()
    {
        // 6 000 persons aged 95 with a long-term stay, all in one municipality: more than the helsefellesskap's 90+
        // population, far fewer than the country's recipients. The report must explain both, not crash.
        var extract = Path.Combine(_dir, "one-municipality.csv");
        var csv = new StringBuilder("person_id,birth_year,sex,municipality,service_code,start_date,end_date,hours_per_week,bistandsbehov,coordinator,individual_plan,death_date\n");
        for (var i = 0; i < 6000; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"T{i:D6},1926,{1 + (i % 2)},1151,21,2020-01-01,,,,,0,\n");
        }
        File.WriteAllText(extract, csv.ToString());
        var json = Path.Combine(_dir, "one.json");
        var (code, stdout, stderr) = CliRunner.Run("report", "--input", extract, "--format", "json", "--output", json);
        Assert.True(code == 0, stderr);
        Assert.Contains("Note:", stdout);
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        var metadata = doc.RootElement.GetProperty("metadata");
        Assert.False(metadata.GetProperty("synthetic").GetBoolean());
        Assert.Contains("379 806", metadata.GetProperty("coverage_note").GetString()!.Replace('\u00A0', ' '));
        Assert.True(metadata.GetProperty("cells_above_population").GetInt32() > 0);
    }
}
