using System.Text;
using Kpr.Core.Extracts;
using Kpr.Core.Register;

namespace Kpr.Cli.Tests.Extracts;

public sealed class ValidateCommandTests : IDisposable
{
    private const string Header = "person_id,birth_year,sex,municipality,service_code,start_date,end_date,hours_per_week,bistandsbehov,coordinator,individual_plan,death_date";
    private readonly string _dir = Directory.CreateTempSubdirectory("kpr-validate-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string WriteFile(string text, bool bom = false, string name = "x.csv")
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text, new UTF8Encoding(bom));
        return path;
    }

    [Fact]
    public void Clean_extract_validates_with_exit_0()
    {
        var path = WriteFile(Header + "\n" +
            "a,1940,2,0301,15,2021-03-01,,7.5,omfattende,1,0,\n" +
            "a,1940,2,0301,6,2020-01-01,2021-01-01,,,,,\n" +
            "b,1950,1,3001,1,2020-05-05,,,,,,\n");
        var (code, stdout, stderr) = CliRunner.Run("validate", "--input", path);
        Assert.True(code == 0, stdout + stderr);
        Assert.Contains("rows_read", stdout);
        var register = ExtractLoader.Load(path);
        Assert.Equal(3, register.Validation.Accepted);
    }

    [Fact]
    public void Column_mapping_renames_columns()
    {
        var path = WriteFile("pid,fodt,kjonn,kommune,tjeneste,fra,til\n" + "a,1940,2,0301,15,2021-03-01,\n");
        var (code, stdout, stderr) = CliRunner.Run("validate", "--input", path, "--columns",
            "person_id=pid,birth_year=fodt,sex=kjonn,municipality=kommune,service_code=tjeneste,start_date=fra,end_date=til");
        Assert.True(code == 0, stdout + stderr);
    }

    [Fact]
    public void Missing_columns_fail_with_exit_1_and_say_which()
    {
        var path = WriteFile("person_id,birth_year\n" + "a,1940\n");
        var (code, _, stderr) = CliRunner.Run("validate", "--input", path);
        Assert.Equal(KprApp.InputError, code);
        Assert.Contains("sex", stderr);
        Assert.Contains("x.csv:1", stderr);
    }

    [Fact]
    public void Missing_file_fails_with_exit_1() =>
        Assert.Equal(KprApp.InputError, CliRunner.Run("validate", "--input", Path.Combine(_dir, "none.csv")).ExitCode);

    [Fact]
    public void Planted_faults_are_each_reported_on_their_line()
    {
        var lines = new[]
        {
            "a,1940,2,0301,15,2021-03-01,,,,,,",        // 2 ok
            "b,1940,2,0301,15,,,,,,,",                  // 3 start missing
            "c,1940,2,0301,15,2021-03-01,2021-02-01,,,,,", // 4 end before start
            "d,1940,2,0301,15,2021-02-30,,,,,,",        // 5 impossible date
            "e,1940,2,0301,10,2021-03-01,,,,,,",        // 6 unknown code
            "f,1940,2,0301,13,2021-03-01,,,,,,",        // 7 recoded (accepted, corrected)
            "g,1940,2,0101,15,2021-03-01,,,,,,",        // 8 municipality ended 2019
            "h,2030,2,0301,15,2021-03-01,,,,,,",        // 9 impossible birth year
            "i,1940,2,0301,15,2021-03-01,,170,,,,",     // 10 hours
            "a,1940,2,0301,15,2021-03-01,,,,,,",        // 11 duplicate of line 2
            "j,1940,2,0301,15,2021-03",                  // 12 truncated
            "k,19x0,2,0301,15,2021-03-01,,,,,,",        // 13 malformed birth year
            "l,1940,2,0301,15,2021-03-01,,,,,,",        // 14 ok
        };
        var path = WriteFile(Header + "\n" + string.Join("\n", lines) + "\n");
        var (code, stdout, _) = CliRunner.Run("validate", "--input", path);
        Assert.Equal(KprApp.DataRejected, code);
        var register = ExtractLoader.Load(path);
        var v = register.Validation;
        Assert.Equal(13, v.RowsRead);
        Assert.Equal(3, v.Accepted);
        Assert.Equal(1, v.Corrected);
        Assert.Equal(1, v.Duplicates);
        Assert.Equal(9, v.Rejected);
        var expected = new (long Line, IssueKind Kind, string? Field)[]
        {
            (3, IssueKind.StartMissing, "start_date"), (4, IssueKind.EndBeforeStart, "end_date"), (5, IssueKind.ImpossibleDate, "start_date"),
            (6, IssueKind.UnknownServiceCode, "service_code"), (7, IssueKind.ServiceCodeRecoded, "service_code"),
            (8, IssueKind.MunicipalityNotValidOnDate, "municipality"), (9, IssueKind.ImpossibleBirthYear, "birth_year"),
            (10, IssueKind.HoursOutOfRange, "hours_per_week"), (11, IssueKind.DuplicateDecision, null),
            (12, IssueKind.WrongFieldCount, null), (13, IssueKind.MalformedValue, "birth_year"),
        };
        foreach (var (line, kind, field) in expected)
        {
            Assert.Contains(v.Issues, i => i.Origin.Line == line && i.Kind == kind && i.Origin.Field == field);
            Assert.Contains($"x.csv:{line}", stdout);
        }
        Assert.Equal(expected.Length, v.IssueCount);
    }

    [Fact]
    public void Binary_garbage_is_reported_and_good_rows_kept()
    {
        var path = Path.Combine(_dir, "bin.csv");
        var random = new Random(5);
        var garbage = new byte[3000];
        random.NextBytes(garbage);
        using (var f = File.Create(path))
        {
            f.Write(Encoding.UTF8.GetBytes(Header + "\na,1940,2,0301,15,2021-03-01,,,,,,\n"));
            f.Write(garbage);
            f.Write(Encoding.UTF8.GetBytes("\nb,1940,2,0301,15,2021-03-01,,,,,,\n"));
        }
        var (code, stdout, stderr) = CliRunner.Run("validate", "--input", path);
        Assert.Equal(KprApp.DataRejected, code);
        Assert.DoesNotContain("Exception", stdout + stderr);
        var register = ExtractLoader.Load(path);
        Assert.True(register.Validation.Accepted >= 1);
        Assert.True(register.Validation.Rejected >= 1);
        Assert.Equal(register.Validation.RowsRead, register.Validation.Accepted + register.Validation.Rejected + register.Validation.Duplicates);
    }

    [Fact]
    public void Max_errors_stops_early()
    {
        var bad = string.Concat(Enumerable.Range(0, 50).Select(i => $"p{i},1940,2,0301,10,2021-03-01,,,,,,\n"));
        var path = WriteFile(Header + "\n" + bad);
        var (code, stdout, _) = CliRunner.Run("validate", "--input", path, "--max-errors", "5");
        Assert.Equal(KprApp.DataRejected, code);
        Assert.Contains("stopped early", stdout);
        var register = ExtractLoader.Load(path, new ExtractReadOptions { MaxErrors = 5 });
        Assert.Equal(5, register.Validation.RowsRead);
        Assert.True(register.Validation.StoppedEarly);
    }
}
