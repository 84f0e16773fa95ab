using System.Text.Json;

namespace Kpr.Cli.Tests;

public class MunicipalityCommandTests
{
    [Fact]
    public void Ended_code_names_what_it_was_and_became()
    {
        var (code, stdout, stderr) = CliRunner.Run("municipality", "1201", "--on", "2021-01-01");
        Assert.NotEqual(0, code);
        Assert.Equal("", stdout);
        Assert.Contains("1201 Bergen ended 2019-12-31; became 4601 Bergen", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_gives_name_helsefellesskap_and_harmonised_codes()
    {
        var (code, stdout, stderr) = CliRunner.Run("municipality", "1201", "--on", "2019-06-01", "--to-year", "2024", "--format", "json");
        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        var json = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal("Bergen", json.GetProperty("name").GetString());
        Assert.Equal("bergen", json.GetProperty("helsefellesskap").GetString());
        Assert.Equal("Helse Vest", json.GetProperty("regional_health_authority").GetString());
        Assert.Equal("4601 Bergen", json.GetProperty("harmonised").GetString());
        Assert.False(json.GetProperty("ambiguous").GetBoolean());
        Assert.Contains("4601 Bergen", json.GetProperty("successors").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Split_is_flagged_ambiguous()
    {
        var (code, stdout, _) = CliRunner.Run("municipality", "5012", "--on", "2019-06-01", "--to-year", "2020", "--format", "json");
        Assert.Equal(0, code);
        var json = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal("5055 Heim | 5056 Hitra | 5059 Orkland", json.GetProperty("harmonised").GetString());
        Assert.True(json.GetProperty("ambiguous").GetBoolean());
    }

    [Theory]
    [InlineData("1534", "1580 Haram")]
    [InlineData("1504", "1508 \u00C5lesund")]
    public void Reversed_merger_maps_by_territory(string code, string expected)
    {
        // Haram 1534 merged into Ålesund 1507 in 2020 and was re-established with its old area as 1580 in 2024.
        var (exit, stdout, _) = CliRunner.Run("municipality", code, "--on", "2019-06-01", "--to-year", "2024", "--format", "json");
        Assert.Equal(0, exit);
        var json = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(System.Text.RegularExpressions.Regex.Unescape(expected), json.GetProperty("harmonised").GetString());
        Assert.False(json.GetProperty("ambiguous").GetBoolean());
    }

    [Fact]
    public void Disputed_membership_is_noted_in_the_table()
    {
        var (code, stdout, _) = CliRunner.Run("municipality", "4635", "--on", "2024-06-01");
        Assert.Equal(0, code);
        Assert.Contains("disputed membership; alternative: forde", stdout, StringComparison.Ordinal);
        Assert.Contains("1411 Gulen", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("12x")]
    [InlineData("301")]
    public void Malformed_code_is_an_error(string text)
    {
        var (code, _, stderr) = CliRunner.Run("municipality", text, "--on", "2020-01-01");
        Assert.Equal(1, code);
        Assert.Contains("is not a municipality code", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Own_membership_table_replaces_the_built_in_one_and_is_validated()
    {
        var path = Path.Combine(Path.GetTempPath(), $"kpr-membership-{Guid.NewGuid():N}.csv");
        try
        {
            File.WriteAllText(path, "municipality_code,helsefellesskap_id,valid_from,valid_to\n0301,oslo,2018-01-01,\n");
            var (code, _, stderr) = CliRunner.Run("municipality", "0301", "--on", "2020-01-01", "--membership", path);
            Assert.Equal(1, code);
            Assert.Contains("has no helsefellesskap", stderr, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Oslo_lists_its_districts_hospitals_as_extra_information()
    {
        var (code, stdout, _) = CliRunner.Run("municipality", "0301", "--on", "2026-03-01", "--format", "json");
        Assert.Equal(0, code);
        var json = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal("oslo", json.GetProperty("helsefellesskap").GetString());
        var districts = json.GetProperty("oslo_districts").GetString()!;
        Assert.Contains("030112 Alna: Oslo universitetssykehus", districts, StringComparison.Ordinal);
        Assert.Equal(18, districts.Split(" | ").Length); // 17 districts incl. Marka + "uoppgitt bydel"
    }
}
