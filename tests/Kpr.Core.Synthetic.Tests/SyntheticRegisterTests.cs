using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
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
        Assert.Equal(77, SyntheticRegister.Generate(SyntheticRegisterOptions.ForPersons(77)).Select(e => e.PersonId).Distinct().Count());
    }
}
