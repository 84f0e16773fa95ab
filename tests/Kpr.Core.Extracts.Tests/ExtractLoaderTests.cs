using System.Text;
using Kpr.Core.Register;

namespace Kpr.Core.Extracts.Tests;

public sealed class ExtractLoaderTests : IDisposable
{
    private const string Header = "person_id,birth_year,sex,municipality,service_code,start_date,end_date,hours_per_week,bistandsbehov,coordinator,individual_plan,death_date";
    private readonly string _dir = Directory.CreateTempSubdirectory("kpr-extract-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string WriteFile(string text, bool bom = false, string name = "x.csv")
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text, new UTF8Encoding(bom));
        return path;
    }

    [Fact]
    public void Semicolons_bom_norwegian_dates_and_optional_columns_absent()
    {
        var path = WriteFile("person_id;birth_year;sex;municipality;service_code;start_date;end_date\n" +
            "a;1940;2;0301;15;01.03.2021;31.12.2021\n", bom: true);
        var register = ExtractLoader.Load(path);
        Assert.Equal(1, register.Validation.Accepted);
        Assert.Equal(new NodaTime.LocalDate(2021, 12, 31), register.GetEpisode(0).End);
    }

    [Fact]
    public void Hash_at_line_start_is_data_not_a_comment()
    {
        var path = WriteFile(Header + "\n#a,1940,2,0301,15,2021-03-01,,,,,,\n");
        Assert.Equal(1, ExtractLoader.Load(path).Validation.Accepted);
    }

    [Fact]
    public void Unknown_columns_are_warned()
    {
        var path = WriteFile(Header + ",extra\n" + "a,1940,2,0301,15,2021-03-01,,,,,,,x\n");
        var register = ExtractLoader.Load(path);
        Assert.Equal(1, register.Validation.CountByKind(IssueKind.UnknownColumn));
        Assert.Equal(1, register.Validation.Accepted);
    }
}
