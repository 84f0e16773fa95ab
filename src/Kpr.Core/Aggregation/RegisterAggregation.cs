using System.Collections.Immutable;
using Kpr.Core.Internal;
using Kpr.Core.Register;
using NodaTime;

namespace Kpr.Core.Aggregation;

/// <summary>
/// The standard questions asked of a register: recipients at a date or during a year, service starts per month, and
/// the monthly comparison against a baseline year. Counting runs over person partitions on all cores and merges the
/// partial cubes (<see cref="Cube.Merge(Cube)"/>).
/// </summary>
public static class RegisterAggregation
{
    /// <summary>
    /// Distinct recipients per cell: persons with at least one selected service active at the date or overlapping the
    /// year (start ≤ last day, end open or ≥ first day), not dead before the first day. A person with several services
    /// in one cell counts once there.
    /// </summary>
    /// <param name="register">The register.</param>
    /// <param name="period">A date (<see cref="CountingPeriod.YearEnd(int)"/>) or a year (<see cref="CountingPeriod.During(int)"/>).</param>
    /// <param name="by">Dimensions, in column order (none: one national total). <see cref="Dimension.Month"/> is not allowed.</param>
    /// <param name="services">Services counted; all when null.</param>
    /// <param name="maxDegreeOfParallelism">Cores to use; all when null.</param>
    /// <returns>A <see cref="CountKind.DistinctPersons"/> cube with margins.</returns>
    public static Cube CountRecipients(this EpisodeRegister register, CountingPeriod period, IEnumerable<Dimension> by,
        ServiceSelection? services = null, int? maxDegreeOfParallelism = null)
    {
        ArgumentNullException.ThrowIfNull(register);
        ArgumentNullException.ThrowIfNull(by);
        var dims = Check(by);
        Preconditions.CheckArgument(!dims.Contains(Dimension.Month), nameof(by), "'month' applies to service starts; count recipients at a date or during a year.");
        var view = CountingView.From(register);
        var year = period.Year;
        var bindings = dims.Select(d => d.Bind(view, year, year, AggregationContext.Default)).ToArray();
        return CountingKernels.CountPersons(view, DayNumbers.From(period.From), DayNumbers.From(period.To), year, bindings,
            (services ?? ServiceSelection.All).Filter, Parallelism(maxDegreeOfParallelism));
    }

    /// <summary>
    /// Service starts per cell: selected services (decisions, not persons) with a start date in the years; identical
    /// decisions appear once in the register, so they count once. Person dimensions are taken for the start's year.
    /// </summary>
    /// <param name="register">The register.</param>
    /// <param name="firstYear">First year.</param>
    /// <param name="lastYear">Last year (≥ first).</param>
    /// <param name="by">Dimensions, in column order, typically starting with <see cref="Dimension.Month"/>.</param>
    /// <param name="services">Services counted; all when null.</param>
    /// <param name="maxDegreeOfParallelism">Cores to use; all when null.</param>
    /// <returns>A <see cref="CountKind.Services"/> cube with margins (sums).</returns>
    public static Cube CountStarts(this EpisodeRegister register, int firstYear, int lastYear, IEnumerable<Dimension> by,
        ServiceSelection? services = null, int? maxDegreeOfParallelism = null)
    {
        ArgumentNullException.ThrowIfNull(register);
        ArgumentNullException.ThrowIfNull(by);
        Preconditions.CheckRange(firstYear, 1900, 9998);
        Preconditions.CheckRange(lastYear, firstYear, Math.Min(9998, firstYear + 50));
        var dims = Check(by);
        var view = CountingView.From(register);
        var bindings = dims.Select(d => d.Bind(view, firstYear, lastYear, AggregationContext.Default)).ToArray();
        return CountingKernels.CountStarts(view, DayNumbers.StartOfYear(firstYear), DayNumbers.EndOfYear(lastYear), bindings,
            (services ?? ServiceSelection.All).Filter, Parallelism(maxDegreeOfParallelism));
    }

    /// <summary>
    /// Service starts per month of each comparison year against the same month of the baseline year, as a percentage
    /// change 100·(n − b)/b (Helsedirektoratet's pandemic report, domain notes §D2).
    /// </summary>
    /// <param name="register">The register.</param>
    /// <param name="baselineYear">The baseline year (2019 in the published figures).</param>
    /// <param name="years">The comparison years, e.g. 2020 and 2021.</param>
    /// <param name="by">Further dimensions (e.g. helsefellesskap, age group); the month is added.</param>
    /// <param name="options">Months, per-day adjustment and services; <see cref="MonthlyComparisonOptions.Default"/> when null.</param>
    /// <param name="maxDegreeOfParallelism">Cores to use; all when null.</param>
    public static MonthlyComparison CompareMonths(this EpisodeRegister register, int baselineYear, IEnumerable<int> years,
        IEnumerable<Dimension> by, MonthlyComparisonOptions? options = null, int? maxDegreeOfParallelism = null)
    {
        ArgumentNullException.ThrowIfNull(register);
        ArgumentNullException.ThrowIfNull(years);
        ArgumentNullException.ThrowIfNull(by);
        var yearList = years.Distinct().Order().ToImmutableArray();
        Preconditions.CheckArgument(yearList.Length > 0, nameof(years), "At least one comparison year is needed.");
        Preconditions.CheckArgument(!yearList.Contains(baselineYear), nameof(years), "The baseline year cannot be a comparison year.");
        var dims = Check(by);
        Preconditions.CheckArgument(!dims.Contains(Dimension.Month), nameof(by), "The month is added by the comparison itself.");
        options ??= MonthlyComparisonOptions.Default;
        var first = Math.Min(baselineYear, yearList[0]);
        var last = Math.Max(baselineYear, yearList[^1]);
        var cube = register.CountStarts(first, last, dims.Append(Dimension.Month), options.Services, maxDegreeOfParallelism);
        return new MonthlyComparison(cube, first, baselineYear, yearList, options);
    }

    private static ImmutableArray<Dimension> Check(IEnumerable<Dimension> by)
    {
        var dims = by.ToImmutableArray();
        foreach (var d in dims)
        {
            Preconditions.CheckArgument(d is not null, nameof(by), "Dimensions cannot be null.");
        }
        Preconditions.CheckArgument(dims.Select(d => d.Name).Distinct(StringComparer.Ordinal).Count() == dims.Length, nameof(by),
            "Each dimension (column name) can be used once.");
        return dims;
    }

    private static int Parallelism(int? requested) => requested is { } n && n > 0 ? n : Environment.ProcessorCount;

    internal static LocalDate FirstOfMonth(int year, int month) => new(year, month, 1);
}
