using System.Text.Json;

namespace Kpr.Cli.Tests;

public class CodesCommandTests
{
    private static List<string> CsvCodes(string csv) =>
        csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[0]).ToList();

    [Fact]
    public void On_2018_06_01_lists_12_and_13_but_not_29()
    {
        var (code, stdout, stderr) = CliRunner.Run("codes", "--on", "2018-06-01", "--format", "csv");
        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        var codes = CsvCodes(stdout);
        Assert.Contains("12", codes);
        Assert.Contains("13", codes);
        Assert.DoesNotContain("29", codes);
    }

    [Fact]
    public void On_2021_06_01_lists_29_but_not_12_or_13()
    {
        var (code, stdout, _) = CliRunner.Run("codes", "--on", "2021-06-01", "--format", "csv");
        Assert.Equal(0, code);
        var codes = CsvCodes(stdout);
        Assert.Contains("29", codes);
        Assert.DoesNotContain("12", codes);
        Assert.DoesNotContain("13", codes);
    }

    [Fact]
    public void Csv_has_the_contracted_columns_and_group_ids()
    {
        var (_, stdout, _) = CliRunner.Run("codes", "--on", "2018-06-01", "--format", "csv");
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("code,name,name_en,group,valid_from,valid_to", lines[0]);
        Assert.Contains("15,Helsetjenester i hjemmet,Health care at home (home nursing),hjemmeboende,,", lines);
        Assert.Contains("12,Omsorgsbolig,Sheltered housing,bolig,,2018-12-31", lines);
        Assert.Equal(1 + 25, lines.Length);
    }

    [Fact]
    public void Json_lists_objects_keyed_by_column()
    {
        var (code, stdout, _) = CliRunner.Run("codes", "--on", "2021-06-01", "--format", "json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(stdout);
        var row = doc.RootElement.EnumerateArray().Single(r => r.GetProperty("code").GetString() == "29");
        Assert.Equal("bolig", row.GetProperty("group").GetString());
        Assert.Equal("2019-01-01", row.GetProperty("valid_from").GetString());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("valid_to").ValueKind);
    }

    [Fact]
    public void Table_is_the_default_and_today_is_the_default_date()
    {
        var (code, stdout, _) = CliRunner.Run("codes");
        Assert.Equal(0, code);
        Assert.StartsWith("code", stdout);
        Assert.Contains("hjemmeboende", stdout);
    }

    [Theory]
    [InlineData("2021-13-01")]
    [InlineData("01.06.2021")]
    [InlineData("yesterday")]
    public void Bad_date_fails_with_message_on_stderr(string date)
    {
        var (code, stdout, stderr) = CliRunner.Run("codes", "--on", date);
        Assert.NotEqual(0, code);
        Assert.Equal("", stdout);
        Assert.Contains(date, stderr);
        Assert.Contains("YYYY-MM-DD", stderr);
        Assert.DoesNotContain(" at ", stderr); // a message, not a stack trace
    }

    [Fact]
    public void Help_works()
    {
        var (code, stdout, _) = CliRunner.Run("codes", "--help");
        Assert.Equal(0, code);
        Assert.Contains("--on", stdout);
    }
}
