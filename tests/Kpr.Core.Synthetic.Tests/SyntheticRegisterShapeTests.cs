using Kpr.Core.Register;

namespace Kpr.Core.Synthetic.Tests;

public class SyntheticRegisterShapeTests
{
    private static readonly Lazy<List<ServiceEpisode>> Sample = new(() =>
        SyntheticRegister.Generate(SyntheticRegisterOptions.ForPersons(12_000, seed: 1)).ToList());

    [Fact]
    public void Recipients_are_mostly_old_as_in_the_published_age_profile()
    {
        // 2021 recipients by age (S5): 80+ are (93 680 + 49 765) / 379 806 = 38 %.
        var persons = Sample.Value.DistinctBy(e => e.PersonId).ToList();
        var old = persons.Count(e => 2018 - e.BirthYear >= 80) / (double)persons.Count;
        Assert.InRange(old, 0.30, 0.46);
    }

    [Fact]
    public void Home_service_starts_dip_in_April_and_May_2020_against_2019()
    {
        static int Starts(int year, int month) => Sample.Value.Count(e =>
            e.Start!.Value.Year == year && e.Start.Value.Month == month && e.ServiceCode.Number is 1 or 2 or 3 or 4 or 5 or 7 or 9 or 11 or 15);
        Assert.True(Starts(2020, 4) < Starts(2019, 4) * 0.95, $"{Starts(2020, 4)} vs {Starts(2019, 4)}");
        var usual2020 = new[] { 2, 6, 7, 8, 9, 10, 11, 12 }.Average(m => Starts(2020, m));
        Assert.True(Starts(2020, 1) > usual2020 * 1.1, $"{Starts(2020, 1)} vs {usual2020}");
    }

    [Fact]
    public void Welfare_technology_grows()
    {
        static int Starts(int year) => Sample.Value.Count(e => e.Start!.Value.Year == year && e.ServiceCode.Number is 6 or 26 or 27 or 28);
        Assert.True(Starts(2021) > Starts(2019) * 1.2, $"{Starts(2021)} vs {Starts(2019)}");
    }

    [Fact]
    public void Short_stays_are_short_and_long_stays_long()
    {
        static double MeanDays(int code) => Sample.Value.Where(e => e.ServiceCode.Number == code && e.End is not null)
            .Average(e => NodaTime.Period.DaysBetween(e.Start!.Value, e.End!.Value));
        Assert.True(MeanDays(20) < 60);
        Assert.True(MeanDays(21) > 300);
    }

    [Fact]
    public void Some_persons_die_and_some_move()
    {
        var byPerson = Sample.Value.GroupBy(e => e.PersonId).ToList();
        Assert.Contains(byPerson, g => g.First().DeathDate is not null);
        Assert.Contains(byPerson, g => g.Select(e => e.Municipality).Distinct().Count() > 1);
    }
}
