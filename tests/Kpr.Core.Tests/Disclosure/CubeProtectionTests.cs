using Kpr.Core.Aggregation;
using Kpr.Core.Disclosure;
using Kpr.Core.Synthetic;

namespace Kpr.Core.Tests.Disclosure;

public class CubeProtectionTests
{
    private static readonly Lazy<Kpr.Core.Register.EpisodeRegister> Register =
        new(() => SyntheticRegister.Build(SyntheticRegisterOptions.ForPersons(1500, seed: 5, lastYear: 2021)));

    [Fact]
    public void A_protected_cube_shows_no_small_count_and_passes_the_exact_audit()
    {
        var cube = Register.Value.CountRecipients(CountingPeriod.YearEnd(2021), [Dimension.Helsefellesskap, Dimension.AgeGroup, Dimension.ServiceGroup]);
        var result = cube.Protect(ProtectionOptions.Create(5));
        var table = result.Table;
        Assert.Equal(cube.Axes.Length, table.Dimensions.Count);
        for (var cell = 0; cell < table.CellCount; cell++)
        {
            var count = table.CountAt(cell);
            Assert.False(!result.IsHidden(cell) && count is >= 1 and <= 4, $"cell {cell} shows {count}");
        }
        Assert.True(result.Audit().IsSafe);
        Assert.NotEmpty(result.HiddenCells);
    }

    [Fact]
    public void Service_axes_of_a_person_cube_are_not_additive_but_other_axes_are()
    {
        var cube = Register.Value.CountRecipients(CountingPeriod.YearEnd(2021), [Dimension.Sex, Dimension.ServiceGroup]);
        var table = cube.ToCountTable();
        Assert.True(table.Dimensions[0].IsAdditive);
        Assert.False(table.Dimensions[1].IsAdditive);
        Assert.Equal(cube.Count("total", "total"), table.CountAt(table.CellIndex("total", "total")));
        var starts = Register.Value.CountStarts(2021, 2021, [Dimension.ServiceGroup]);
        Assert.True(starts.ToCountTable().Dimensions[0].IsAdditive); // services: each has exactly one group
    }
}
