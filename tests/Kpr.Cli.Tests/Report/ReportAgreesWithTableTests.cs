using System.Globalization;

namespace Kpr.Cli.Tests.Report;

/// <summary>
/// The report's figures are the figures of <c>kpr table recipients --rates</c> (the core's RateTable) for the same
/// register, year and structure: cell by cell, count, denominator, rate and interval, for every helsefellesskap and
/// the country. 2019 is a year with helsefellesskap membership changes.
/// </summary>
public sealed class ReportAgreesWithTableTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("kpr-agree-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("hjemmeboende", "during_year")]
    [InlineData("bolig", "year_end")]
    [InlineData("velferdsteknologi", "during_year")]
    public void Rates_equal_kpr_table_cell_by_cell(string series, string period)
    {
        var extract = Path.Combine(_dir, "synth.csv");
        if (!File.Exists(extract))
        {
            Assert.Equal(0, CliRunner.Run("synth", "--persons", "30000", "--seed", "7", "--years", "2018-2021", "--output", extract).ExitCode);
        }
        var reportDir = Path.Combine(_dir, "report-" + series);
        var (code, _, stderr) = CliRunner.Run("report", "--input", extract, "--year", "2019", "--protect", "0", "--format", "csv", "--output", reportDir);
        Assert.True(code == 0, stderr);
        var records = File.ReadAllLines(Path.Combine(reportDir, "report.csv")).Skip(1).Select(l => l.Split(','))
            .Where(c => c[0] == "rate" && c[1] == series && c[2] == period && c[3] == "2019")
            .ToDictionary(c => (c[6], c[7]));

        string[] when = period == "during_year" ? ["--year", "2019"] : ["--at", "2019-12-31"];
        var (tableCode, table, tableErr) = CliRunner.Run(["table", "recipients", "--input", extract, .. when, "--by", "helsefellesskap,age_group",
            "--service-group", series, "--rates", "--protect", "0", "--format", "csv"]);
        Assert.True(tableCode == 0, tableErr);
        var rows = table.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.True(rows.Count >= 19 * 7, $"{rows.Count} table rows");
        foreach (var row in rows)
        {
            var region = row[0] == "total" ? "norge" : row[0];
            Assert.True(records.TryGetValue((region, row[1]), out var record), $"no report record for {region} {row[1]}");
            Assert.Equal(row[2], record[9]); // count
            AssertClose(row[3], record[10], $"population {region} {row[1]}");
            AssertClose(row[4], record[11], $"rate {region} {row[1]}");
            AssertClose(row[5], record[12], $"lower {region} {row[1]}");
            AssertClose(row[6], record[13], $"upper {region} {row[1]}");
        }
        Assert.Equal(rows.Count, records.Count);
    }

    private static void AssertClose(string expected, string actual, string what)
    {
        if (expected.Length == 0 || actual.Length == 0)
        {
            Assert.True(expected == actual, $"{what}: '{expected}' vs '{actual}'");
            return;
        }
        var e = double.Parse(expected, CultureInfo.InvariantCulture);
        var a = double.Parse(actual, CultureInfo.InvariantCulture);
        Assert.True(Math.Abs(e - a) <= 1e-9 * Math.Max(1, Math.Abs(e)), $"{what}: {e} vs {a}");
    }
}
