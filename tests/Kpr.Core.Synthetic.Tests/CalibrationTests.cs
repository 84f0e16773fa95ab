using Kpr.Core.Register;

namespace Kpr.Core.Synthetic.Tests;

/// <summary>
/// The synthetic register against the published national figures (docs/calibration.md): a change to the generator that
/// moves any figure outside its tolerance fails here. One register per test run, a quarter of the synthetic country
/// (counts are scaled by the sampling fraction), to keep the suite fast; docs/calibration.md is the whole country
/// (`kpr synth --calibration --output docs/calibration.md`).
/// </summary>
public class CalibrationTests
{
    private const long Persons = SyntheticRegister.NationalPersons / 4;

    private static readonly Lazy<(EpisodeRegister Register, System.Collections.Immutable.ImmutableArray<CalibrationFigure> Figures)> Quarter = new(() =>
    {
        var options = SyntheticRegisterOptions.ForPersons(Persons, SyntheticRegisterOptions.DefaultSeed, 2018, 2022);
        var register = SyntheticRegister.Build(options);
        return (register, SyntheticCalibration.Compare(register, options.SamplingFraction!.Value));
    });

    [Fact]
    public void Every_published_figure_is_within_its_tolerance()
    {
        var outside = Quarter.Value.Figures.Where(f => !f.IsWithinTolerance).Select(f => f.ToString()).ToList();
        Assert.True(outside.Count == 0, "outside tolerance:\n" + string.Join("\n", outside));
    }

    [Fact]
    public void The_table_covers_the_listed_kinds_of_figure()
    {
        var ids = Quarter.Value.Figures.Select(f => f.Id).ToHashSet();
        foreach (var year in Enumerable.Range(2018, 5))
        {
            Assert.Contains($"during_{year}", ids);
            Assert.Contains($"year_end_{year}", ids);
            Assert.Contains($"year_end_hjemmeboende_{year}", ids);
        }
        Assert.Contains("during_omfattende_2021", ids);
        Assert.Contains("stays_2021_rate_90+", ids);
        Assert.Contains("starts_home_2020_04", ids);
        Assert.Contains("coordinator_omfattende_under67", ids);
        Assert.Contains("stays_ostfold_oslo", ids);
        Assert.True(Quarter.Value.Figures.Length >= 100);
    }

    [Fact]
    public void A_figure_outside_its_tolerance_is_reported_as_such()
    {
        // The comparison itself can fail: a register of a tenth of the persons, compared as if it were the country.
        var small = SyntheticRegister.Build(SyntheticRegisterOptions.ForPersons(Persons / 10, SyntheticRegisterOptions.DefaultSeed, 2018, 2022));
        var figures = SyntheticCalibration.Compare(small, 0.25);
        var during = figures.Single(f => f.Id == "during_2021");
        Assert.False(during.IsWithinTolerance);
        Assert.Contains("**no**", SyntheticCalibration.ToMarkdown(figures));
    }

    [Fact]
    public void The_markdown_table_has_one_row_per_figure()
    {
        var lines = SyntheticCalibration.ToMarkdown(Quarter.Value.Figures).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Quarter.Value.Figures.Length + 2, lines.Length);
        Assert.StartsWith("| figure | published | source |", lines[0], StringComparison.Ordinal);
    }
}
