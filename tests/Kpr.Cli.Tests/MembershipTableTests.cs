using System.Globalization;
using Kpr.Core.Regions;

namespace Kpr.Cli.Tests;

/// <summary><c>kpr table … --membership FILE</c>: a user's helsefellesskap table changes the counts and the denominators.</summary>
public class MembershipTableTests : IDisposable
{
    private readonly string _extract = Path.Combine(Path.GetTempPath(), $"kpr-membership-extract-{Guid.NewGuid():N}.csv");
    private readonly string _membership = Path.Combine(Path.GetTempPath(), $"kpr-membership-{Guid.NewGuid():N}.csv");

    // Two recipients in Oslo (0301), one in Bergen (4601) on 31 December 2021.
    public MembershipTableTests()
    {
        File.WriteAllText(_extract, """
            person_id,birth_year,sex,municipality,service_code,start_date,end_date,hours_per_week,bistandsbehov,coordinator,individual_plan,death_date
            p1,1936,2,0301,15,2020-04-02,,3,omfattende,1,0,
            p2,1991,1,4601,21,2021-03-01,,,middels_til_stort,0,0,
            p4,1940,2,0301,6,2019-04-10,,,uoppgitt,,,
            """.Replace("            ", "", StringComparison.Ordinal));
        // The built-in table, except that Oslo belongs to the Bergen helsefellesskap.
        var lines = HelsefellesskapDirectory.Default.Memberships.Select(m => string.Join(',',
            m.Municipality.ToString(), m.Municipality.ToString() == "0301" ? "bergen" : m.HelsefellesskapId,
            m.ValidFrom?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) ?? "", m.ValidTo?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) ?? ""));
        File.WriteAllText(_membership, "municipality_code,helsefellesskap_id,valid_from,valid_to\n" + string.Join('\n', lines) + "\n");
    }

    public void Dispose()
    {
        File.Delete(_extract);
        File.Delete(_membership);
        GC.SuppressFinalize(this);
    }

    private static Dictionary<string, string[]> Rows(string csv) =>
        csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToDictionary(f => f[0]);

    [Fact]
    public void Own_membership_moves_the_counts_and_the_population()
    {
        string[] args = ["table", "recipients", "--input", _extract, "--at", "2021-12-31", "--by", "helsefellesskap", "--rates", "--format", "csv"];
        var (code, stdout, stderr) = CliRunner.Run(args);
        Assert.Equal(0, code);
        var builtIn = Rows(stdout);
        Assert.Equal("2", builtIn["oslo"][1]);
        Assert.Equal("1", builtIn["bergen"][1]);

        (code, stdout, stderr) = CliRunner.Run([.. args, "--membership", _membership]);
        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        var own = Rows(stdout);
        Assert.Equal("0", own["oslo"][1]);
        Assert.Equal("3", own["bergen"][1]);
        Assert.Equal("3", own["total"][1]);
        // The denominator follows the membership: Bergen's population grows by Oslo's, Oslo's is zero (no rate).
        var population = (string[] row) => double.Parse(row[2], CultureInfo.InvariantCulture);
        Assert.Equal(population(builtIn["bergen"]) + population(builtIn["oslo"]), population(own["bergen"]), 6);
        Assert.Equal(0, population(own["oslo"]));
        Assert.Equal("", own["oslo"][3]);
        Assert.Equal(population(builtIn["total"]), population(own["total"]), 6);
    }

    [Fact]
    public void Own_membership_also_applies_to_starts()
    {
        var (code, stdout, _) = CliRunner.Run("table", "starts", "--input", _extract, "--year", "2021", "--by", "helsefellesskap",
            "--membership", _membership, "--format", "csv");
        Assert.Equal(0, code);
        var rows = Rows(stdout);
        Assert.Equal("0", rows["oslo"][1]);
        Assert.Equal("1", rows["bergen"][1]); // p2's start in 2021
    }
}
