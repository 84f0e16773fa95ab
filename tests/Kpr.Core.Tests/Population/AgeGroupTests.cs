using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Kpr.Core.Population;

namespace Kpr.Core.Tests.Population;

public class AgeGroupTests
{
    [Property]
    public Property Label_round_trips() =>
        Prop.ForAll(Gen.Choose(0, 150).Two().ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (pair, open) =>
        {
            var (a, b) = (Math.Min(pair.Item1, pair.Item2), Math.Max(pair.Item1, pair.Item2));
            var g = open ? AgeGroup.AtLeast(a) : AgeGroup.Between(a, b);
            return AgeGroup.Parse(g.ToString()) == g;
        });

    [Property]
    public Property Every_named_set_puts_every_age_in_exactly_one_band() =>
        Prop.ForAll(Gen.Elements(AgeGroupSet.Named.ToArray()).ToArbitrary(), Gen.Choose(0, 120).ToArbitrary(), (set, age) =>
            set.Groups.Count(g => g.Contains(age)) == 1 && set.GroupOf(age).Contains(age));

    [Fact]
    public void Named_sets_have_the_published_labels()
    {
        Assert.Equal("0-17,18-49,50-66,67-79,80-89,90+", string.Join(",", AgeGroupSet.Helsedirektoratet.Groups));
        Assert.Equal("0-66,67-79,80+", string.Join(",", AgeGroupSet.Kostra.Groups));
        Assert.Equal("0-20,21+", string.Join(",", AgeGroupSet.Under21.Groups));
        Assert.Equal("0-66,67+", string.Join(",", AgeGroupSet.Under67.Groups));
        Assert.Equal(19, AgeGroupSet.Esp2013.Groups.Count);
        Assert.Equal("90+", AgeGroupSet.Esp2013.Groups[^1].ToString());
        Assert.Equal(100_000, AgeGroupSet.Esp2013Weights.Sum());
        Assert.Equal(106, AgeGroupSet.SingleYears.Groups.Count);
        Assert.Same(AgeGroupSet.Helsedirektoratet, AgeGroupSet.Get("HDIR"));
        Assert.Equal("90 år og over", AgeGroup.AtLeast(90).ToString("N", null));
        Assert.Equal("0–17 år", AgeGroup.Between(0, 17).ToString("N", null));
    }

    [Theory]
    [InlineData("0-17,18-66,67+", null)]
    [InlineData("0-17,17-66,67+", "overlap")]
    [InlineData("0-17,19-66,67+", "Gap between 0-17 and 19-66")]
    [InlineData("1-17,18+", "must start at 0")]
    [InlineData("0-17,18-66", "must be open-ended")]
    [InlineData("0-17,18+,30+", "Only the last band")]
    [InlineData("0-105,106+", "starts above 105")]
    [InlineData("0-17,x", "is not a band")]
    public void User_bands_are_validated(string text, string? problem)
    {
        if (problem is null)
        {
            Assert.Equal(3, AgeGroupSet.Parse(text).Groups.Count);
        }
        else
        {
            var e = Assert.Throws<ArgumentException>(() => AgeGroupSet.Parse(text));
            Assert.Contains(problem, e.Message, StringComparison.Ordinal);
        }
    }
}
