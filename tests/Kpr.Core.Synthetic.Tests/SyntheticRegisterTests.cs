using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Kpr.Core.Aggregation;
using Kpr.Core.Register;

namespace Kpr.Core.Synthetic.Tests;

public class SyntheticRegisterTests
{
    [Property(MaxTest = 15)]
    public Property Every_synthetic_episode_validates_cleanly() =>
        Prop.ForAll(ArbMap.Default.ArbFor<int>(), seed =>
            SyntheticRegister.Generate(SyntheticRegisterOptions.ForPersons(40, seed))
                .All(e => EpisodeValidator.Default.Validate(e, default).Issues.Count == 0));

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
        // Persons are drawn from the universe of recipients 2018-2025: over that whole window every one appears.
        Assert.Equal(77, SyntheticRegister.Generate(SyntheticRegisterOptions.ForPersons(77, lastYear: 2025)).Select(e => e.PersonId).Distinct().Count());
        Assert.InRange(SyntheticRegister.Generate(SyntheticRegisterOptions.ForPersons(77, lastYear: 2021)).Select(e => e.PersonId).Distinct().Count(), 40, 77);
    }

    [Property(MaxTest = 6)]
    public Property A_year_does_not_depend_on_the_window_generated() =>
        Prop.ForAll(ArbMap.Default.ArbFor<int>(), seed =>
        {
            // The cause of issue 16's "April 2020 is −15 % or −5 % depending on the window": a year's data must be the
            // same whatever the last year generated.
            var narrow = SyntheticRegister.Build(SyntheticRegisterOptions.ForPersons(3000, seed, 2018, 2021));
            var wide = SyntheticRegister.Build(SyntheticRegisterOptions.ForPersons(3000, seed, 2018, 2024));
            var later = SyntheticRegister.Build(SyntheticRegisterOptions.ForPersons(3000, seed, 2019, 2022));
            Dimension[] by = [Dimension.AgeGroup, Dimension.ServiceGroup,
                Dimension.Bistandsbehov];
            var during = narrow.CountRecipients(CountingPeriod.During(2020), by);
            var yearEnd = narrow.CountRecipients(CountingPeriod.YearEnd(2020), by);
            var starts = narrow.CountStarts(2019, 2021, [Dimension.Month, Dimension.ServiceGroup]);
            return during.Equals(wide.CountRecipients(CountingPeriod.During(2020), by))
                && yearEnd.Equals(wide.CountRecipients(CountingPeriod.YearEnd(2020), by))
                && starts.Equals(wide.CountStarts(2019, 2021, [Dimension.Month, Dimension.ServiceGroup]))
                && during.Equals(later.CountRecipients(CountingPeriod.During(2020), by));
        });

    [Fact]
    public void The_sampling_fraction_is_the_share_of_the_national_universe()
    {
        Assert.Equal(0.5, SyntheticRegisterOptions.ForPersons(SyntheticRegister.NationalPersons / 2).SamplingFraction);
        Assert.Null(SyntheticRegisterOptions.ForEpisodes(100).SamplingFraction);
    }
}
