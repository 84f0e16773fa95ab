using System.Text.Json;

namespace Kpr.Cli.Tests;

/// <summary><c>kpr table … --protect N</c>: small counts hidden, margins kept, nothing derived from a hidden count shown.</summary>
public sealed class TableProtectTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("kpr-protect-").FullName;
    private readonly string _extract;

    public TableProtectTests()
    {
        _extract = Path.Combine(_dir, "extract.csv");
        var (code, _, stderr) = CliRunner.Run("synth", "--persons", "2500", "--years", "2018-2021", "--seed", "11", "--output", _extract);
        Assert.True(code == 0, stderr);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static List<string[]> Csv(string text) => [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(','))];

    [Fact]
    public void Recipients_with_protect_hide_small_counts_and_keep_the_rest()
    {
        string[] args = ["table", "recipients", "--input", _extract, "--at", "2021-12-31", "--by", "helsefellesskap,age_group", "--format", "csv"];
        var open = CliRunner.Run(args);
        var safe = CliRunner.Run([.. args, "--protect", "5"]);
        Assert.Equal(0, safe.ExitCode);
        var openRows = Csv(open.Stdout);
        var safeRows = Csv(safe.Stdout);
        Assert.Equal(openRows.Count, safeRows.Count); // margins and cells all present
        Assert.Contains(safeRows, r => r[2] == ":");
        for (var i = 1; i < safeRows.Count; i++)
        {
            var shown = safeRows[i][2];
            if (shown != ":")
            {
                Assert.Equal(openRows[i][2], shown); // shown counts are the true counts
                Assert.False(long.Parse(shown) is >= 1 and <= 4, $"count {shown} in row {i} should be hidden");
            }
        }
        Assert.DoesNotContain(safeRows, r => r[0] == "total" && r[1] == "total" && r[2] == ":");
    }

    [Fact]
    public void Rates_from_hidden_counts_are_null_with_a_flag_in_json()
    {
        var (code, stdout, _) = CliRunner.Run("table", "recipients", "--input", _extract, "--at", "2021-12-31",
            "--by", "helsefellesskap,age_group", "--rates", "--protect", "5", "--format", "json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout);
        var hidden = json.RootElement.EnumerateArray().Where(r => r.TryGetProperty("count_suppressed", out _)).ToList();
        Assert.NotEmpty(hidden);
        Assert.All(hidden, r =>
        {
            Assert.Equal(JsonValueKind.Null, r.GetProperty("rate").ValueKind);
            Assert.True(r.GetProperty("rate_suppressed").GetBoolean());
            Assert.True(r.GetProperty("lower_suppressed").GetBoolean());
        });
    }

    [Fact]
    public void Compare_months_hides_the_change_when_either_count_is_hidden()
    {
        var (code, stdout, _) = CliRunner.Run("table", "compare-months", "--input", _extract, "--years", "2020,2021",
            "--by", "helsefellesskap", "--protect", "5", "--format", "csv");
        Assert.Equal(0, code);
        var rows = Csv(stdout);
        Assert.Equal(["helsefellesskap", "month", "count", "baseline_count", "change_percent"], rows[0]);
        Assert.Contains(rows, r => r[2] == ":" || r[3] == ":");
        Assert.All(rows.Skip(1).Where(r => r[2] == ":" || r[3] == ":"), r => Assert.Equal(":", r[4]));
    }

    [Fact]
    public void Negative_threshold_is_an_error()
    {
        var (code, _, stderr) = CliRunner.Run("table", "starts", "--input", _extract, "--year", "2021", "--by", "month", "--protect", "-2");
        Assert.NotEqual(0, code);
        Assert.Contains("--protect", stderr);
    }
}
