using System.Globalization;
using Kpr.Core.Measures;

namespace Kpr.Cli.Tests;

public sealed class MeasureCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("kpr-measure-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string File(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    private static string[][] Rows(string csv) =>
        csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',')).ToArray();

    private static double D(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    [Fact]
    public void Rate_appends_value_lower_upper_note_with_round_trip_precision()
    {
        var input = File("r.csv", "area,count,population\nA,12,1000\nB,,500\nC,3,0\n");
        var (code, stdout, stderr) = CliRunner.Run("measure", "rate", "--input", input);
        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        var rows = Rows(stdout);
        Assert.Equal(["area", "count", "population", "value", "lower", "upper", "note"], rows[0]);
        var expected = Rate.Create(12, 1000);
        Assert.Equal(["A", "12", "1000"], rows[1][..3]);
        Assert.Equal(expected.Value, D(rows[1][3]));
        Assert.Equal(expected.Interval.Lower, D(rows[1][4]));
        Assert.Equal(expected.Interval.Upper, D(rows[1][5]));
        Assert.Equal("", rows[1][6]);
        Assert.Equal(["B", "", "500", "", "", "", "not computable: missing count"], rows[2]);
        Assert.Equal(["C", "3", "0", "", "", "", "not computable: zero denominator"], rows[3]);
    }

    [Fact]
    public void Rate_with_per_and_several_confidence_levels_and_renamed_columns()
    {
        var input = File("r.csv", "area;n;pop\nA;65;100\n");
        var (code, stdout, _) = CliRunner.Run("measure", "rate", "--input", input, "--per", "100", "--confidence", "0.95,0.998",
            "--count-column", "n", "--population-column", "pop");
        Assert.Equal(0, code);
        var rows = Rows(stdout);
        // Output is always comma-separated, whatever the input separator.
        Assert.Equal(["area", "n", "pop", "value", "lower", "upper", "lower_0.998", "upper_0.998", "note"], rows[0]);
        Assert.Equal(65, D(rows[1][3]));
        // phe_rate_cases / APHO: Byar limits for 65 (95 %): 50.163187710459454, 82.849138545939837 per 100.
        Assert.Equal(50.163187710459454, D(rows[1][4]), 10);
        Assert.True(D(rows[1][6]) < D(rows[1][4]) && D(rows[1][7]) > D(rows[1][5]));
    }

    [Fact]
    public void Proportion_default_is_percent_and_per_1_a_fraction()
    {
        var input = File("p.csv", "count,population\n65,100\n");
        var percent = Rows(CliRunner.Run("measure", "proportion", "--input", input).Stdout);
        Assert.Equal(65, D(percent[1][2]));
        Assert.Equal(55.254443296887967, D(percent[1][3]), 10);
        var fraction = Rows(CliRunner.Run("measure", "proportion", "--input", input, "--per", "1").Stdout);
        Assert.Equal(0.65, D(fraction[1][2]));
        Assert.Equal(0.73635751756902468, D(fraction[1][4]), 12);
    }

    [Fact]
    public void Proportion_with_count_above_denominator_fails_naming_the_line()
    {
        var input = File("p.csv", "count,population\n1,2\n\n600,500\n");
        var (code, stdout, stderr) = CliRunner.Run("measure", "proportion", "--input", input);
        Assert.Equal(1, code);
        Assert.Equal("", stdout);
        Assert.Contains("p.csv:4:", stderr, StringComparison.Ordinal);
        Assert.Contains("cannot exceed its denominator", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Pp_change_is_share_a_minus_share_b_with_Newcombe_limits()
    {
        var input = File("pp.csv", "count_a,population_a,count_b,population_b\n56,70,48,80\n");
        var rows = Rows(CliRunner.Run("measure", "pp-change", "--input", input).Stdout);
        Assert.Equal(20, D(rows[1][4]), 10);
        Assert.Equal(5.243147, D(rows[1][5]), 5);
        Assert.Equal(33.38727, D(rows[1][6]), 4);
    }

    [Fact]
    public void Change_against_baseline_mean_and_input_value_column_is_kept_as_input_value()
    {
        var input = File("c.csv", "week,value,b2015,b2016,b2017,b2018,b2019\n1,862,937,870,1006,938,871\n2,10,0,0,0,0,0\n");
        var (code, stdout, _) = CliRunner.Run("measure", "change", "--input", input, "--baseline-column", "b2015,b2016,b2017,b2018,b2019");
        Assert.Equal(0, code);
        var rows = Rows(stdout);
        Assert.Equal(["week", "input_value", "b2015", "b2016", "b2017", "b2018", "b2019", "value", "lower", "upper", "note"], rows[0]);
        // OWID week 1 of 2020 for Norway: P-score -6.75 %.
        Assert.Equal(-6.75, Math.Round(D(rows[1][7]), 2));
        Assert.Equal("", rows[1][8]);
        Assert.Equal("not computable: zero baseline", rows[2][10]);
    }

    // PHEindicatormethods testdata_big (phe_dsr_inputs.csv), bands relabelled to ESP2013's.
    private static readonly long[] BigCounts = [127, 25, 18, 21, 12, 27, 48, 27, 29, 32, 32, 34, 45, 65, 38, 68, 74, 82, 91];
    private static readonly long[] BigPopulations = [636, 558, 609, 543, 384, 594, 669, 843, 660, 576, 606, 522, 426, 273, 300, 288, 153, 123, 207];

    [Fact]
    public void Dsr_with_esp2013_writes_one_row_per_group_and_matches_PHE()
    {
        var bands = StandardPopulation.Esp2013.Bands;
        var lines = new List<string> { "group,age_band,count,population" };
        lines.AddRange(bands.Select((b, i) => $"big,{b},{BigCounts[i]},{BigPopulations[i]}"));
        lines.AddRange(bands.Select((b, i) => $"tiny,{b},{(i < 9 ? 1 : 0)},{BigPopulations[i]}"));
        var input = File("dsr.csv", string.Join('\n', lines) + "\n");
        var (code, stdout, stderr) = CliRunner.Run("measure", "dsr", "--input", input, "--standard", "esp2013", "--per", "100000");
        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        var rows = Rows(stdout);
        Assert.Equal(["group", "count", "population", "value", "lower", "upper", "note"], rows[0]);
        Assert.Equal(["big", "895", "8970"], rows[1][..3]);
        Assert.Equal(10430.247991469423, D(rows[1][3]), 8);
        Assert.Equal(9717.709067985681, D(rows[1][4]), 8);
        Assert.Equal(11178.94091547925, D(rows[1][5]), 8);
        Assert.Equal("not computable: total count < 10", rows[2][6]);
    }

    [Fact]
    public void Dsr_with_an_empty_population_in_one_group_computes_the_others()
    {
        // Copy of shared/cases/2026-11-30/dsr-empty-population.csv (issue 13 point 8): the run used to stop with
        // "field 'population' is empty"; q5 must get one not-computable row and q1, q4 be computed or not as before.
        var input = File("dsr-empty-population.csv", """
            group,age_band,count,population,standard_population
            lsoa_q1,0-64,120,40000,60000
            lsoa_q1,65+,300,10000,40000
            lsoa_q4,0-64,0,0,60000
            lsoa_q4,65+,0,0,40000
            lsoa_q5,0-64,,,60000
            lsoa_q5,65+,,,40000

            """);
        var (code, stdout, stderr) = CliRunner.Run("measure", "dsr", "--input", input);
        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        var rows = Rows(stdout);
        Assert.Equal(4, rows.Length);
        var standard = StandardPopulation.Create("input", [new("0-64", 60000), new("65+", 40000)]);
        var q1 = DirectlyStandardisedRate.Create([StratumCount.Create("0-64", 120, 40000), StratumCount.Create("65+", 300, 10000)], standard, 1000);
        Assert.Equal(["lsoa_q1", "420", "50000"], rows[1][..3]);
        Assert.Equal(q1.Value, D(rows[1][3]), 12);
        Assert.Equal((0.6 * 120 / 40000 + 0.4 * 300 / 10000) * 1000, D(rows[1][3]), 9); // 13.8 per 1000
        Assert.StartsWith("not computable", rows[2][^1], StringComparison.Ordinal);
        Assert.Equal(["lsoa_q5", "", "", "", "", "", "not computable: missing population"], rows[3]);
    }

    [Fact]
    public void Dsr_with_unknown_band_fails_naming_the_lines_of_the_group()
    {
        var input = File("dsr.csv", "group,age_band,count,population\nA,0-4,3,100\nA,5-9,4,100\n");
        var (code, _, stderr) = CliRunner.Run("measure", "dsr", "--input", input);
        Assert.Equal(1, code);
        Assert.Contains("dsr.csv:2-3:", stderr, StringComparison.Ordinal);
        Assert.Contains("No stratum for band(s) 10-14", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Isr_rate_and_ratio_per_group()
    {
        var input = File("isr.csv", "group,age_band,count,population,reference_count,reference_population\nA,young,10,1000,50,10000\nA,old,30,1000,200,10000\n");
        var rate = Rows(CliRunner.Run("measure", "isr", "--input", input).Stdout);
        Assert.Equal(["group", "count", "population", "expected", "value", "lower", "upper", "note"], rate[0]);
        // E = 50/10000·1000 + 200/10000·1000 = 25; ratio 40/25; reference rate 250/20000 per 1000 = 12.5.
        Assert.Equal(["A", "40", "2000", "25"], rate[1][..4]);
        Assert.Equal(20, D(rate[1][4]), 10);
        var ratio = Rows(CliRunner.Run("measure", "isr", "--input", input, "--statistic", "ratio").Stdout);
        Assert.Equal(1.6, D(ratio[1][4]), 12);
    }

    [Fact]
    public void Output_option_writes_the_file_and_nothing_to_stdout()
    {
        var input = File("r.csv", "count,population\n1,100\n");
        var output = Path.Combine(_dir, "out.csv");
        var (code, stdout, _) = CliRunner.Run("measure", "rate", "--input", input, "--output", output);
        Assert.Equal(0, code);
        Assert.Equal("", stdout);
        Assert.StartsWith("count,population,value,lower,upper,note\n1,100,10,", System.IO.File.ReadAllText(output), StringComparison.Ordinal);
    }

    [Fact]
    public void The_readme_sample_input_gives_a_rate_for_every_row()
    {
        var input = Path.Combine(AppContext.BaseDirectory, "samples", "counts.csv");
        var dataLines = System.IO.File.ReadLines(input).Count(l => !l.StartsWith('#')) - 1;
        var (code, stdout, stderr) = CliRunner.Run("measure", "rate", "--input", input, "--per", "1000");
        Assert.True(code == 0, stderr);
        var rows = stdout.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal("helsefellesskap,count,population,value,lower,upper,note", rows[0]);
        Assert.Equal(dataLines, rows.Length - 1);
        Assert.All(rows.Skip(1), r => Assert.EndsWith(",", r, StringComparison.Ordinal)); // no note: every rate computable
    }

    [Theory]
    [InlineData("# prose; with a semicolon, and a comma\ncount,population\n1,100\n")]
    [InlineData("# a comment with , commas, only\ncount;population\n1;100\n")]
    [InlineData("\uFEFF# byte-order mark, then a comment; then tabs\ncount\tpopulation\n1\t100\n")]
    public void Comment_lines_before_the_header_do_not_decide_the_separator(string content)
    {
        var input = File("commented.csv", content);
        var (code, stdout, stderr) = CliRunner.Run("measure", "rate", "--input", input);
        Assert.True(code == 0, stderr);
        Assert.StartsWith("count,population,value,lower,upper,note\n1,100,10,", stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("count,population\n1,\"2\n3,4\n", "bad.csv:2: malformed CSV")]
    [InlineData("# comment\ncount,population\n1,2\n\n1x,4\n", "bad.csv:5: field 'count' is not a number")]
    [InlineData("count,population\n1,2,3\n", "bad.csv:2: 3 fields, but the header has 2")]
    [InlineData("n,population\n1,2\n", "no column 'count' in the header (name another with --count-column)")]
    [InlineData("count,population\n-1,2\n", "bad.csv:2: field 'count' must be a whole number ≥ 0")]
    public void Malformed_input_fails_with_line_and_field(string content, string message)
    {
        var input = File("bad.csv", content);
        var (code, stdout, stderr) = CliRunner.Run("measure", "rate", "--input", input);
        Assert.Equal(1, code);
        Assert.Equal("", stdout);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_confidence_is_a_user_error()
    {
        var input = File("r.csv", "count,population\n1,100\n");
        var (code, _, stderr) = CliRunner.Run("measure", "rate", "--input", input, "--confidence", "95");
        Assert.Equal(1, code);
        Assert.Contains("--confidence", stderr, StringComparison.Ordinal);
    }
}
