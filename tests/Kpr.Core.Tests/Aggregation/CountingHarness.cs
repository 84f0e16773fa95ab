using Kpr.Core.Aggregation;

namespace Kpr.Core.Tests.Aggregation;

/// <summary>Runs the kernels and the reference on the same input.</summary>
internal static class CountingHarness
{
    public static readonly bool[] AllCodes = Enumerable.Repeat(true, 256).ToArray();

    public static (DateOnly From, DateOnly To, int Year) Window(bool atYearEnd, int year) =>
        atYearEnd ? (new DateOnly(year, 12, 31), new DateOnly(year, 12, 31), year) : (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), year);

    public static Cube Persons(CountingView view, (DateOnly From, DateOnly To, int Year) w, IReadOnlyList<AxisBinding> axes, int parallelism = 2) =>
        CountingKernels.CountPersons(view, w.From.DayNumber, w.To.DayNumber, w.Year, axes, AllCodes, parallelism);

    public static Cube Starts(CountingView view, int firstYear, int lastYear, IReadOnlyList<AxisBinding> axes, int parallelism = 2) =>
        CountingKernels.CountStarts(view, new DateOnly(firstYear, 1, 1).DayNumber, new DateOnly(lastYear, 12, 31).DayNumber, axes, AllCodes, parallelism);

    /// <summary>Picks axes by number for a view, keeping each at most once.</summary>
    public static AxisBinding[] Axes(IEnumerable<int> which, CountingView view, int firstYear, int lastYear) =>
        which.Select(w => ((w % 9) + 9) % 9).Distinct().Take(3).Select(w => TestAxes.PersonAxis(w, view, firstYear, lastYear)).ToArray();
}
