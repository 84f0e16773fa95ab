using System.Globalization;

namespace Kpr.Cli.Tests;

public class TableCommandTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"kpr-table-{Guid.NewGuid():N}.csv");

    // p1: 85 in 2021, home nursing + practical help in Oslo (once in hjemmeboende); p2: 30, long-term stay in Bergen from
    // 2021-03-01; p3: practical help in Trondheim that ended 2021-06-30; p4: safety alarm in Oslo started 2019-04-10.
    public TableCommandTests() => File.WriteAllText(_file, """
        person_id,birth_year,sex,municipality,service_code,start_date,end_date,hours_per_week,bistandsbehov,coordinator,individual_plan,death_date
        p1,1936,2,0301,15,2020-04-02,,3,omfattende,1,0,
        p1,1936,2,0301,1,2021-02-10,,2,omfattende,1,0,
        p2,1991,1,4601,21,2021-03-01,,,middels_til_stort,0,0,
        p3,1950,1,5001,1,2021-02-15,2021-06-30,1,noe_avgrenset,,,
        p4,1940,2,0301,6,2019-04-10,,,uoppgitt,,,
        """.Replace("        ", "", StringComparison.Ordinal));

    public void Dispose()
    {
        File.Delete(_file);
        GC.SuppressFinalize(this);
    }

    private static List<string[]> Csv(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',')).ToList();

    [Fact]
    public void Recipients_at_31_December_by_service_group()
    {
        var (code, stdout, stderr) = CliRunner.Run("table", "recipients", "--input", _file, "--at", "2021-12-31", "--by", "service_group", "--format", "csv");
        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        Assert.Equal("service_group,count\nhjemmeboende,1\ninstitusjon,1\nvelferdsteknologi,1\ntvang,0\nbolig,0\ntotal,3\n", stdout);
    }

    [Theory]
    [InlineData("langtidsopphold", 1)] // p2 (21)
    [InlineData("tidsbegrenset", 0)]
    [InlineData("koordinator_base", 1)] // p1 (15 and 1: once)
    [InlineData("ssb_institusjon", 1)]
    public void Published_series_are_accepted_by_service_group(string group, int expected)
    {
        var (code, stdout, stderr) = CliRunner.Run("table", "recipients", "--input", _file, "--at", "2021-12-31", "--service-group", group, "--format", "csv");
        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        Assert.Equal($"count\n{expected}\n", stdout);
    }

    [Fact]
    public void Recipients_during_the_year_with_rates_have_the_contract_columns()
    {
        var (code, stdout, _) = CliRunner.Run("table", "recipients", "--input", _file, "--year", "2021", "--by", "helsefellesskap,age_group", "--rates", "--format", "csv");
        Assert.Equal(0, code);
        var rows = Csv(stdout);
        Assert.Equal(["helsefellesskap", "age_group", "count", "population", "rate", "lower", "upper"], rows[0]);
        var total = rows.Single(r => r[0] == "total" && r[1] == "total");
        Assert.Equal("4", total[2]);
        Assert.Equal(5_425_270, double.Parse(total[3], CultureInfo.InvariantCulture), 3);
        var oslo = rows.Single(r => r[0] == "oslo" && r[1] == "80-89");
        Assert.Equal("2", oslo[2]);
    }

    [Fact]
    public void Starts_by_month_and_compare_months()
    {
        var (code, stdout, _) = CliRunner.Run("table", "starts", "--input", _file, "--year", "2021", "--by", "month,service_group", "--format", "csv");
        Assert.Equal(0, code);
        var rows = Csv(stdout);
        Assert.Equal(["month", "service_group", "count"], rows[0]);
        Assert.Equal("2", rows.Single(r => r[0] == "2021-02" && r[1] == "hjemmeboende")[2]);
        Assert.Equal("3", rows.Single(r => r[0] == "total" && r[1] == "total")[2]);

        string stderr;
        (code, stdout, stderr) = CliRunner.Run("table", "compare-months", "--input", _file, "--baseline", "2019", "--years", "2020,2021", "--format", "csv");
        Assert.Equal(0, code);
        // What the published method leaves out is said once, on stderr, so the CSV stays tidy.
        Assert.Single(stderr.Split('\n'), l => l.StartsWith("kpr: left out of the comparison: January (", StringComparison.Ordinal)
            && l.Contains("service groups velferdsteknologi and bolig", StringComparison.Ordinal));
        Assert.DoesNotContain("left out", stdout, StringComparison.OrdinalIgnoreCase);
        rows = Csv(stdout);
        Assert.Equal(["month", "count", "baseline_count", "change_percent"], rows[0]);
        Assert.Equal(22, rows.Count - 1); // February-December of two years
        Assert.DoesNotContain(rows, r => r[0].EndsWith("-01", StringComparison.Ordinal));
        // 2019-04 had only the safety alarm, which the default scope leaves out: no baseline, no change.
        Assert.Equal(["2020-04", "1", "0", ""], rows.Single(r => r[0] == "2020-04"));
    }

    [Fact]
    public void Bad_arguments_give_clear_errors()
    {
        var (code, _, stderr) = CliRunner.Run("table", "recipients", "--input", _file, "--year", "2021", "--at", "2021-12-31");
        Assert.Equal(1, code);
        Assert.Contains("exactly one of --at", stderr, StringComparison.Ordinal);
        (code, _, stderr) = CliRunner.Run("table", "recipients", "--input", _file, "--year", "2021", "--by", "colour");
        Assert.Equal(1, code);
        Assert.Contains("unknown dimension 'colour'", stderr, StringComparison.Ordinal);
        (code, _, stderr) = CliRunner.Run("table", "recipients", "--input", _file, "--year", "2021", "--by", "coordinator", "--rates");
        Assert.Equal(1, code);
        Assert.Contains("no population", stderr, StringComparison.Ordinal);
        (code, _, stderr) = CliRunner.Run("table", "compare-months", "--input", _file, "--years", "2020", "--service-group", "nope");
        Assert.Equal(1, code);
        Assert.Contains("unknown group 'nope'", stderr, StringComparison.Ordinal);
    }
}
