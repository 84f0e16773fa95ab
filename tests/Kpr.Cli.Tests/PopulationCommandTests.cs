using System.Globalization;
using System.Text.Json;

namespace Kpr.Cli.Tests;

public class PopulationCommandTests
{
    private static List<string[]> Csv(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',')).ToList();

    [Fact]
    public void Country_start_of_2021_is_the_SSB_total()
    {
        var (code, stdout, stderr) = CliRunner.Run("population", "--year", "2021", "--by", "country", "--reference", "start-of-year", "--format", "csv");
        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        Assert.Equal("country,population\nNorway,5391369\n", stdout);
    }

    [Fact]
    public void Helsefellesskap_by_age_and_sex_has_one_column_per_dimension_and_adds_up()
    {
        var (code, stdout, _) = CliRunner.Run("population", "--year", "2021", "--by", "helsefellesskap", "--age-groups", "hdir", "--sex", "--format", "csv");
        Assert.Equal(0, code);
        var rows = Csv(stdout);
        Assert.Equal(["helsefellesskap", "age_group", "sex", "population"], rows[0]);
        Assert.Equal(19 * 6 * 2, rows.Count - 1);
        // Default reference: end of 2021 = 1 January 2022.
        Assert.Equal(5_425_270, rows.Skip(1).Sum(r => double.Parse(r[3], CultureInfo.InvariantCulture)), 3);
    }

    [Fact]
    public void Municipalities_in_a_chosen_structure()
    {
        var (code, stdout, _) = CliRunner.Run("population", "--year", "2019", "--by", "municipality", "--reference", "start-of-year", "--structure-year", "2024", "--format", "json");
        Assert.Equal(0, code);
        var rows = JsonDocument.Parse(stdout).RootElement.EnumerateArray().ToList();
        Assert.Equal(357, rows.Count);
        Assert.Contains(rows, r => r.GetProperty("municipality").GetString() == "4601");
    }

    [Fact]
    public void Sex_by_municipality_in_2018_is_not_available_and_says_why()
    {
        var (code, stdout, stderr) = CliRunner.Run("population", "--year", "2018", "--by", "municipality", "--sex", "--reference", "start-of-year", "--format", "csv");
        Assert.Equal(1, code);
        Assert.Equal("", stdout);
        Assert.Contains("by sex for municipalities on 1 January 2018", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void End_of_2025_is_not_available()
    {
        var (code, _, stderr) = CliRunner.Run("population", "--year", "2025", "--by", "country");
        Assert.Equal(1, code);
        Assert.Contains("1 January 2026", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--by", "county", "is not a region level")]
    [InlineData("--age-groups", "0-10,12+", "Gap between")]
    [InlineData("--reference", "midyear", "is not start-of-year")]
    public void Bad_options_are_errors(string option, string value, string message)
    {
        var args = new List<string> { "population", "--year", "2021", "--by", "country" };
        if (option == "--by")
        {
            args[4] = value;
        }
        else
        {
            args.AddRange([option, value]);
        }
        var (code, _, stderr) = CliRunner.Run(args.ToArray());
        Assert.Equal(1, code);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
    }
}
