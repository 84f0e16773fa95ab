using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Kpr.Core.Register;
using Kpr.Core.Testing;
using Kpr.Core.Testing.Synthetic;

namespace Kpr.Core.Tests.Register;

public class RegisterPropertyTests
{
    [Property(MaxTest = 200)]
    public Property Every_arbitrary_episode_validates_cleanly() =>
        Prop.ForAll(KprArbitraries.Episodes(), e => EpisodeValidator.Default.Validate(e, default).Issues.Count == 0);

    [Property(MaxTest = 15)]
    public Property Every_synthetic_episode_validates_cleanly() =>
        Prop.ForAll(ArbMap.Default.ArbFor<int>(), seed =>
            SyntheticRegister.Generate(SyntheticRegisterOptions.ForPersons(40, seed))
                .All(e => EpisodeValidator.Default.Validate(e, default).Issues.Count == 0));

    [Property(MaxTest = 100)]
    public Property Validation_never_loses_a_row() =>
        Prop.ForAll(ArbMap.Default.MergeArb(KprArbitraries.EpisodesWithFaults()).ArbFor<ServiceEpisode[]>(), ArbMap.Default.ArbFor<byte>(), (episodes, repeat) =>
        {
            // Repeat a few rows so duplicates occur too.
            var rows = episodes.Concat(episodes.Take(repeat % 4)).ToArray();
            var v = EpisodeRegister.FromEpisodes(rows).Validation;
            return v.RowsRead == rows.Length && v.Accepted + v.Rejected + v.Duplicates == v.RowsRead && v.Corrected <= v.Accepted;
        });

    [Property(MaxTest = 100)]
    public Property Register_holds_the_accepted_episodes_grouped_by_person() =>
        Prop.ForAll(KprArbitraries.Registers(), register =>
        {
            var offsets = register.PersonEpisodeOffsets.ToArray();
            var grouped = Enumerable.Range(0, register.PersonCount).All(p => offsets[p] < offsets[p + 1]);
            var sameIds = Enumerable.Range(0, register.EpisodeCount).All(i => register.GetEpisode(i).PersonId == register.PersonId(register.PersonOf(i)));
            return register.EpisodeCount == register.Validation.Accepted && grouped && sameIds && offsets[^1] == register.EpisodeCount;
        });

    [Property(MaxTest = 100)]
    public Property Input_order_does_not_change_the_episodes() =>
        Prop.ForAll(KprArbitraries.EpisodeLists(), list =>
            Prop.ForAll(Gen.Shuffle(list).ToArbitrary(), shuffled =>
            {
                static string[] Canonical(EpisodeRegister r) => r.Episodes().Select(e => e.PersonId + " " + e).Order(StringComparer.Ordinal).ToArray();
                return Canonical(EpisodeRegister.FromEpisodes(list)).SequenceEqual(Canonical(EpisodeRegister.FromEpisodes(shuffled)));
            }));

    [Fact]
    public void Generator_is_deterministic()
    {
        var options = SyntheticRegisterOptions.ForEpisodes(3000, seed: 99);
        Assert.Equal(SyntheticRegister.Generate(options).ToList(), SyntheticRegister.Generate(options).ToList());
        Assert.NotEqual(SyntheticRegister.Generate(options).Take(50).ToList(),
            SyntheticRegister.Generate(SyntheticRegisterOptions.ForEpisodes(3000, seed: 100)).Take(50).ToList());
    }

    [Fact]
    public void Generator_gives_exact_sizes()
    {
        Assert.Equal(1234, SyntheticRegister.Generate(SyntheticRegisterOptions.ForEpisodes(1234)).Count());
        Assert.Equal(77, SyntheticRegister.Generate(SyntheticRegisterOptions.ForPersons(77)).Select(e => e.PersonId).Distinct().Count());
    }
}

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
