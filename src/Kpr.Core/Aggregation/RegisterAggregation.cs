using System.Collections.Immutable;
using Kpr.Core.Internal;
using Kpr.Core.Measures;
using Kpr.Core.Population;
using Kpr.Core.Regions;
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
    /// <param name="context">The reference tables (catalogue, membership table, population); <see cref="AggregationContext.Default"/> when null.</param>
    /// <returns>A <see cref="CountKind.DistinctPersons"/> cube with margins.</returns>
    public static Cube CountRecipients(this EpisodeRegister register, CountingPeriod period, IEnumerable<Dimension> by,
        ServiceSelection? services = null, int? maxDegreeOfParallelism = null, AggregationContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(register);
        ArgumentNullException.ThrowIfNull(by);
        var dims = Check(by);
        Preconditions.CheckArgument(!dims.Contains(Dimension.Month), nameof(by), "'month' applies to service starts; count recipients at a date or during a year.");
        var view = CountingView.From(register);
        var year = period.Year;
        var bindings = dims.Select(d => BindingCache.For(register, view, d, year, year, context ?? AggregationContext.Default)).ToArray();
        return CountingKernels.CountPersons(view, DayNumbers.From(period.From), DayNumbers.From(period.To), year, bindings,
            (services ?? ServiceSelection.All).FilterFor(year), Parallelism(maxDegreeOfParallelism));
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
    /// <param name="context">The reference tables (catalogue, membership table, population); <see cref="AggregationContext.Default"/> when null.</param>
    /// <returns>A <see cref="CountKind.Services"/> cube with margins (sums).</returns>
    public static Cube CountStarts(this EpisodeRegister register, int firstYear, int lastYear, IEnumerable<Dimension> by,
        ServiceSelection? services = null, int? maxDegreeOfParallelism = null, AggregationContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(register);
        ArgumentNullException.ThrowIfNull(by);
        Preconditions.CheckRange(firstYear, 1900, 9998);
        Preconditions.CheckRange(lastYear, firstYear, Math.Min(9998, firstYear + 50));
        var dims = Check(by);
        var view = CountingView.From(register);
        var bindings = dims.Select(d => BindingCache.For(register, view, d, firstYear, lastYear, context ?? AggregationContext.Default)).ToArray();
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
    /// <param name="context">The reference tables (catalogue, membership table, population); <see cref="AggregationContext.Default"/> when null.</param>
    public static MonthlyComparison CompareMonths(this EpisodeRegister register, int baselineYear, IEnumerable<int> years,
        IEnumerable<Dimension> by, MonthlyComparisonOptions? options = null, int? maxDegreeOfParallelism = null, AggregationContext? context = null)
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
        var cube = register.CountStarts(first, last, dims.Append(Dimension.Month), options.Services, maxDegreeOfParallelism, context);
        return new MonthlyComparison(cube, first, baselineYear, yearList, options);
    }

    /// <summary>
    /// Recipients per 1000 inhabitants (see <see cref="CountRecipients"/> for who is counted) with matching
    /// denominators from the population table: the same region level and municipality structure, age bands and sex, for
    /// the period's year at <paramref name="reference"/> (end of year by default). Dimensions without a population
    /// (bistandsbehov, coordinator, individual plan) are refused; service dimensions share their cell's population.
    /// </summary>
    /// <param name="register">The register.</param>
    /// <param name="period">A date or a year.</param>
    /// <param name="by">Dimensions: at most one region dimension, age group, sex, and service dimensions.</param>
    /// <param name="services">Services counted; all when null.</param>
    /// <param name="population">The population table; the context's (by default <see cref="PopulationTable.Default"/>) when null.</param>
    /// <param name="reference">The population date.</param>
    /// <param name="level">The confidence level.</param>
    /// <param name="maxDegreeOfParallelism">Cores to use; all when null.</param>
    /// <param name="context">The reference tables (catalogue, membership table, population); <see cref="AggregationContext.Default"/> when null.</param>
    /// <exception cref="ArgumentException">A dimension without a population, or two region dimensions.</exception>
    public static RateTable CountRecipientRates(this EpisodeRegister register, CountingPeriod period, IEnumerable<Dimension> by,
        ServiceSelection? services = null, PopulationTable? population = null, PopulationReference reference = PopulationReference.EndOfYear,
        ConfidenceLevel level = default, int? maxDegreeOfParallelism = null, AggregationContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(register);
        ArgumentNullException.ThrowIfNull(by);
        var dims = Check(by);
        foreach (var d in dims)
        {
            Preconditions.CheckArgument(d.IsServiceDimension || d.Definition.RegionLevel is not null || d.Definition.AgeGroupSet is not null || d.Definition.IsSex, nameof(by),
                $"'{d.Name}' has no population to divide by; rates can be broken down by region, age group, sex and services.");
        }
        Preconditions.CheckArgument(dims.Count(d => d.Definition.RegionLevel is not null) <= 1, nameof(by), "Use at most one region dimension for rates.");
        context ??= AggregationContext.Default;
        var cube = register.CountRecipients(period, dims, services, maxDegreeOfParallelism, context);
        var (denominators, missing) = Denominators(cube, dims, period.Year, population ?? context.Population, reference, context.Directory);
        return new RateTable(cube, period, denominators, missing, reference, level);
    }

    /// <summary>
    /// The share of recipients with one value of a person attribute among the recipients in each cell, e.g. the share
    /// with a coordinator among recipients of home health care and/or practical assistance on 31 December by
    /// bistandsbehov × age group (Wilson intervals), optionally with the change from an earlier period in percentage
    /// points (Newcombe intervals).
    /// </summary>
    /// <param name="register">The register.</param>
    /// <param name="period">When the recipients are counted.</param>
    /// <param name="attribute">The attribute, e.g. <see cref="Dimension.Coordinator"/>.</param>
    /// <param name="value">The attribute value whose share is wanted, e.g. <c>yes</c>.</param>
    /// <param name="by">Dimensions of the table.</param>
    /// <param name="services">The recipients' services (the base), e.g. <c>ServiceSelection.Grouping(catalogue.Grouping("hdir_koordinator_base"))</c>.</param>
    /// <param name="previous">An earlier period to compare with, or null.</param>
    /// <param name="level">The confidence level.</param>
    /// <param name="maxDegreeOfParallelism">Cores to use; all when null.</param>
    /// <param name="context">The reference tables (catalogue, membership table, population); <see cref="AggregationContext.Default"/> when null.</param>
    /// <exception cref="ArgumentException">The value is not a value of the attribute, or the attribute is also in <paramref name="by"/>.</exception>
    public static ShareTable CountShares(this EpisodeRegister register, CountingPeriod period, Dimension attribute, string value,
        IEnumerable<Dimension> by, ServiceSelection? services = null, CountingPeriod? previous = null, ConfidenceLevel level = default,
        int? maxDegreeOfParallelism = null, AggregationContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(register);
        ArgumentNullException.ThrowIfNull(attribute);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(by);
        var dims = Check(by.Append(attribute));
        var current = register.CountRecipients(period, dims, services, maxDegreeOfParallelism, context);
        var valueIndex = current.Axes[^1].IndexOf(value);
        Preconditions.CheckArgument(valueIndex >= 0 && valueIndex < current.Axes[^1].Count, nameof(value),
            $"'{value}' is not a value of '{attribute.Name}' ({string.Join(", ", current.Axes[^1].Values)}).");
        var before = previous is { } p ? register.CountRecipients(p, dims, services, maxDegreeOfParallelism, context) : null;
        if (before is not null)
        {
            Preconditions.CheckArgument(before.Axes.SequenceEqual(current.Axes), nameof(previous),
                "The earlier period gives other dimension values (e.g. another municipality structure); harmonise to one year.");
        }
        return new ShareTable(current, before, dims.Length - 1, valueIndex, period, previous, level);
    }

    /// <summary>Population per cube cell (margins by summation), or the reason there is none.</summary>
    private static (double[]? Population, string? Missing) Denominators(Cube cube, ImmutableArray<Dimension> dims, int year,
        PopulationTable table, PopulationReference reference, HelsefellesskapDirectory directory)
    {
        var regionAxis = dims.IndexOf(dims.FirstOrDefault(d => d.Definition.RegionLevel is not null)!);
        var ageAxis = dims.IndexOf(dims.FirstOrDefault(d => d.Definition.AgeGroupSet is not null)!);
        var sexAxis = dims.IndexOf(dims.FirstOrDefault(d => d.Definition.IsSex)!);
        var level = regionAxis >= 0 ? dims[regionAxis].Definition.RegionLevel!.Value : RegionLevel.Country;
        var ages = ageAxis >= 0 ? dims[ageAxis].Definition.AgeGroupSet! : AgeGroupSet.Total;
        var structure = regionAxis >= 0 ? dims[regionAxis].Definition.StructureYear : null;
        PopulationResult result;
        try
        {
            result = table.Query(year, level, ages, sexAxis >= 0, reference, structure, directory);
        }
        catch (ArgumentException e)
        {
            return (null, e.Message);
        }
        if (!result.IsAvailable)
        {
            return (null, result.Missing);
        }
        // A small grid (region+1) x (age+1) x (sex+1) with margins, then spread over the cube.
        var nR = regionAxis >= 0 ? cube.Axes[regionAxis].Count : 0;
        var nA = ageAxis >= 0 ? cube.Axes[ageAxis].Count : 0;
        var nS = sexAxis >= 0 ? cube.Axes[sexAxis].Count : 0;
        var grid = new double[nR + 1, nA + 1, nS + 1];
        foreach (var cell in result.Cells)
        {
            var r = nR;
            if (regionAxis >= 0)
            {
                var id = level == RegionLevel.RegionalHealthAuthority && RegionalHealthAuthorities.TryParse(cell.Region, out var a)
                    ? a.Id() : cell.Region;
                r = cube.Axes[regionAxis].IndexOf(id);
                if (r < 0 || r == nR)
                {
                    continue;
                }
            }
            var g = ageAxis >= 0 ? cube.Axes[ageAxis].IndexOf(cell.AgeGroup.ToString()) : nA;
            var s = sexAxis >= 0 ? (cell.Sex == Sex.Male ? 0 : 1) : nS;
            if (g < 0)
            {
                continue;
            }
            grid[r, g, s] += cell.Population;
        }
        for (var r = 0; r <= nR; r++)
        {
            for (var g = 0; g <= nA; g++)
            {
                for (var s = 0; s <= nS; s++)
                {
                    if ((r == nR && regionAxis >= 0) || (g == nA && ageAxis >= 0) || (s == nS && sexAxis >= 0))
                    {
                        grid[r, g, s] = 0;
                    }
                }
            }
        }
        // margins by summation, axis by axis
        for (var g = 0; g <= nA; g++)
        {
            for (var s = 0; s <= nS; s++)
            {
                if (regionAxis >= 0)
                {
                    double sum = 0;
                    for (var r = 0; r < nR; r++)
                    {
                        sum += grid[r, g, s];
                    }
                    grid[nR, g, s] = sum;
                }
            }
        }
        for (var r = 0; r <= nR; r++)
        {
            for (var s = 0; s <= nS; s++)
            {
                if (ageAxis >= 0)
                {
                    double sum = 0;
                    for (var g = 0; g < nA; g++)
                    {
                        sum += grid[r, g, s];
                    }
                    grid[r, nA, s] = sum;
                }
            }
        }
        for (var r = 0; r <= nR; r++)
        {
            for (var g = 0; g <= nA; g++)
            {
                if (sexAxis >= 0)
                {
                    double sum = 0;
                    for (var s = 0; s < nS; s++)
                    {
                        sum += grid[r, g, s];
                    }
                    grid[r, g, nS] = sum;
                }
            }
        }
        var population = new double[cube.Cells.Length];
        var idx = new int[cube.Axes.Length];
        for (var offset = 0; offset < population.Length; offset++)
        {
            population[offset] = grid[regionAxis >= 0 ? idx[regionAxis] : 0, ageAxis >= 0 ? idx[ageAxis] : 0, sexAxis >= 0 ? idx[sexAxis] : 0];
            for (var d = idx.Length - 1; d >= 0; d--)
            {
                if (++idx[d] <= cube.Axes[d].TotalIndex)
                {
                    break;
                }
                idx[d] = 0;
            }
        }
        return (population, null);
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
