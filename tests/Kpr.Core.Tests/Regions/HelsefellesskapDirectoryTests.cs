using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Kpr.Core.Regions;
using NodaTime;

namespace Kpr.Core.Tests.Regions;

public class HelsefellesskapDirectoryTests
{
    private static readonly HelsefellesskapDirectory Directory = HelsefellesskapDirectory.Default;
    private static readonly MunicipalityHistory History = MunicipalityHistory.Default;

    private static MunicipalityCode C(string text) => MunicipalityCode.Parse(text);

    private static readonly Dictionary<MunicipalityCode, HelsefellesskapMembership[]> RowsByCode =
        Directory.Memberships.GroupBy(r => r.Municipality).ToDictionary(g => g.Key, g => g.ToArray());

    private static int RowsOn(MunicipalityCode code, LocalDate date) =>
        RowsByCode.TryGetValue(code, out var rows) ? rows.Count(r => r.IsValidOn(date)) : 0;

    private static readonly LocalDate First = new(2018, 1, 1);
    private static readonly LocalDate Last = new(2026, 12, 31);

    [Property(MaxTest = 200)]
    public Property Every_valid_municipality_has_exactly_one_helsefellesskap_on_any_date() =>
        Prop.ForAll(Gen.Choose(0, Period.Between(First, Last, PeriodUnits.Days).Days).ToArbitrary(), offset =>
        {
            var date = First.PlusDays(offset);
            return History.ValidOn(date).All(m =>
                RowsOn(m.Code, date) == 1
                && Directory.Find(m.Code, date) is not null);
        });

    [Fact]
    public void Every_day_2018_to_2026_is_covered_exactly_once()
    {
        // Exhaustive companion of the property above.
        for (var date = First; date <= Last; date = date.PlusDays(1))
        {
            foreach (var m in History.ValidOn(date))
            {
                var n = RowsOn(m.Code, date);
                if (n != 1)
                {
                    Assert.Fail($"{m.Code} on {date}: {n}");
                }
            }
        }
    }

    [Fact]
    public void Nineteen_helsefellesskap_in_four_authorities()
    {
        Assert.Equal(19, Directory.All.Count);
        Assert.Equal(19, Directory.All.Select(h => h.Id).Distinct().Count());
        Assert.Equal(4, Directory.All.Select(h => h.RegionalHealthAuthority).Distinct().Count());
        Assert.Equal(RegionalHealthAuthority.HelseSorOst, Directory.Get("oslo").RegionalHealthAuthority);
        Assert.Equal("Helse Midt-Norge", Directory.Get("st_olav").RegionalHealthAuthority.Name());
        Assert.True(Directory.Get("finnmark").NameIsVerified);
        Assert.False(Directory.Get("bergen").NameIsVerified);
    }

    [Theory]
    [InlineData("0301", "2018-06-01", "oslo")]
    [InlineData("0301", "2025-06-01", "oslo")]
    [InlineData("1201", "2019-12-31", "bergen")]
    [InlineData("4601", "2020-01-01", "bergen")]
    [InlineData("0402", "2019-01-15", "innlandet")]
    [InlineData("0402", "2019-02-01", "akershus")]
    [InlineData("0211", "2018-03-01", "ostfold")]
    [InlineData("1411", "2019-06-01", "forde")]
    [InlineData("4635", "2020-06-01", "bergen")]
    [InlineData("5001", "2024-06-01", "st_olav")]
    [InlineData("5601", "2024-06-01", "finnmark")]
    public void Examples(string code, string date, string expected)
    {
        var d = NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value;
        Assert.Equal(expected, Directory.Get(C(code), d).Id);
    }

    [Theory]
    [InlineData("2018-06-01", "innlandet", 48)]
    [InlineData("2018-06-01", "oslo", 1)]
    [InlineData("2018-06-01", "more_og_romsdal", 35)]
    public void Counts_per_helsefellesskap_match_checks_file(string date, string id, int expected)
    {
        var d = NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value;
        Assert.Equal(expected, History.ValidOn(d).Count(m => Directory.Get(m.Code, d).Id == id));
    }

    [Fact]
    public void Disputed_memberships_are_Gulen_and_Eidfjord_with_alternatives()
    {
        var disputed = Directory.DisputedMemberships;
        Assert.Equal(["4619", "4635"], disputed.Select(d => d.Municipality.ToString()).Distinct().Order().ToArray());
        Assert.All(disputed, d => Assert.Equal("bergen", d.HelsefellesskapId));
        Assert.Equal("forde", disputed.First(d => d.Municipality == C("4635")).AlternativeId);
        Assert.Equal("fonna", disputed.First(d => d.Municipality == C("4619")).AlternativeId);
    }

    [Fact]
    public void Oslo_districts_carry_their_hospitals()
    {
        Assert.Equal(19, Directory.OsloDistricts.Count);
        Assert.Equal(18, Directory.OsloDistricts.Select(d => d.Code).Distinct().Count());
        Assert.Contains(Directory.OsloDistricts, d => d.Name == "Alna" && d.ServingHelsefellesskapId == "akershus");
    }

    [Fact]
    public void Ended_code_explains_itself()
    {
        var e = Assert.Throws<ArgumentException>(() => Directory.Get(C("1201"), new LocalDate(2021, 1, 1)));
        Assert.Contains("became 4601 Bergen", e.Message, StringComparison.Ordinal);
        Assert.Null(Directory.Find(C("1201"), new LocalDate(2021, 1, 1)));
    }

    private static string AsCsv(IEnumerable<HelsefellesskapMembership> rows)
    {
        var sb = new StringBuilder("municipality_code,helsefellesskap_id,valid_from,valid_to,alternative_id\n");
        foreach (var r in rows)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{r.Municipality},{r.HelsefellesskapId},{r.ValidFrom:uuuu-MM-dd},{r.ValidTo:uuuu-MM-dd},{r.AlternativeId}\n");
        }
        return sb.ToString();
    }

    [Fact]
    public void User_csv_replaces_the_table_when_valid()
    {
        // The alternative reading of the disputed rows: Gulen -> forde, Eidfjord -> fonna.
        var rows = Directory.Memberships.Select(r => r.IsDisputed
            ? new HelsefellesskapMembership(r.Municipality, r.AlternativeId!, r.ValidFrom, r.ValidTo, null, "")
            : r);
        var result = HelsefellesskapDirectory.ParseCsv(new StringReader(AsCsv(rows)), "mine.csv");
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Equal("forde", result.Directory!.Get(C("4635"), new LocalDate(2024, 1, 1)).Id);
        Assert.Empty(result.Directory.DisputedMemberships);
    }

    [Fact]
    public void User_csv_with_a_gap_or_overlap_is_rejected_with_reasons()
    {
        var missing = Directory.Memberships.Where(r => !(r.Municipality == C("0301") && r.ValidFrom == new LocalDate(2024, 1, 1)));
        var gap = HelsefellesskapDirectory.ParseCsv(new StringReader(AsCsv(missing)), "gap.csv");
        Assert.False(gap.IsValid);
        Assert.Contains(gap.Problems, p => p.Contains("0301", StringComparison.Ordinal) && p.Contains("no helsefellesskap", StringComparison.Ordinal));

        var doubled = Directory.Memberships.Append(new HelsefellesskapMembership(C("0301"), "akershus", new LocalDate(2022, 1, 1), null, null, ""));
        var overlap = HelsefellesskapDirectory.ParseCsv(new StringReader(AsCsv(doubled)), "overlap.csv");
        Assert.False(overlap.IsValid);
        Assert.Contains(overlap.Problems, p => p.Contains("0301 has 2 helsefellesskap", StringComparison.Ordinal));
        Assert.Throws<FormatException>(() => overlap.GetDirectoryOrThrow());
    }

    [Fact]
    public void User_csv_bad_fields_name_line_and_field()
    {
        var csv = "municipality_code,helsefellesskap_id,valid_from,valid_to\n301,oslo,2018-01-01,\n0301,nowhere,2018-01-01,\n0301,oslo,01.01.2018,\n";
        var result = HelsefellesskapDirectory.ParseCsv(new StringReader(csv), "bad.csv");
        Assert.False(result.IsValid);
        Assert.Contains("bad.csv line 2, field municipality_code: '301' is not a four-digit municipality code.", result.Problems);
        Assert.Contains(result.Problems, p => p.StartsWith("bad.csv line 3, field helsefellesskap_id: 'nowhere'", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.StartsWith("bad.csv line 4, field valid_from", StringComparison.Ordinal));
        var noHeader = HelsefellesskapDirectory.ParseCsv(new StringReader("code,id\n"), "h.csv");
        Assert.Contains("h.csv line 1: missing column 'municipality_code'.", noHeader.Problems);
    }

    [Fact]
    public void User_json_is_accepted_and_validated()
    {
        var sb = new StringBuilder("[");
        var first = true;
        foreach (var r in Directory.Memberships)
        {
            sb.Append(first ? "" : ",");
            first = false;
            sb.Append(CultureInfo.InvariantCulture, $"{{\"municipality_code\":\"{r.Municipality}\",\"helsefellesskap_id\":\"{r.HelsefellesskapId}\",\"valid_from\":{(r.ValidFrom is { } f ? $"\"{f:uuuu-MM-dd}\"" : "null")},\"valid_to\":{(r.ValidTo is { } t ? $"\"{t:uuuu-MM-dd}\"" : "null")}}}");
        }
        sb.Append(']');
        var result = HelsefellesskapDirectory.ParseJson(sb.ToString(), "mine.json");
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Equal("bergen", result.Directory!.Get(C("4601"), new LocalDate(2023, 5, 1)).Id);

        var bad = HelsefellesskapDirectory.ParseJson("[{\"municipality_code\":\"0301\"}]", "bad.json");
        Assert.False(bad.IsValid);
        Assert.Contains(bad.Problems, p => p.StartsWith("bad.json element 0, field helsefellesskap_id", StringComparison.Ordinal));
        Assert.False(HelsefellesskapDirectory.ParseJson("{", "broken.json").IsValid);
    }
}
