using Kpr.Core.Formatting;
using System.Collections.Immutable;
using Kpr.Core.Measures;
using Kpr.Core.Population;

namespace Kpr.Core.Aggregation;

/// <summary>
/// Recipients per 1000 inhabitants with confidence intervals (exact Poisson below 10, Byar otherwise; see
/// <see cref="Rate"/>). Each cell's denominator matches it: same region (at the same municipality structure), age
/// band, sex and year; service dimensions share their person cell's denominator; margins use summed populations.
/// The tidy table has the dimension columns, then <c>count</c>, <c>population</c>, <c>rate</c>, <c>lower</c>,
/// <c>upper</c> (empty when not computable, e.g. a zero or missing population).
/// </summary>
[TypeFormatterSource(typeof(TabularFormatterSource))]
public sealed class RateTable : ITableResult
{
    private readonly double[]? _population;

    internal RateTable(Cube recipients, CountingPeriod period, double[]? population, string? populationMissing, PopulationReference reference, ConfidenceLevel level)
    {
        Recipients = recipients;
        Period = period;
        _population = population;
        PopulationMissing = populationMissing;
        Reference = reference;
        Level = level;
    }

    /// <summary>The recipient counts.</summary>
    public Cube Recipients { get; }

    /// <summary>When recipients were counted.</summary>
    public CountingPeriod Period { get; }

    /// <summary>Which population date the denominators use (end of year by default: SSB 1 January of the next year).</summary>
    public PopulationReference Reference { get; }

    /// <summary>The confidence level of the intervals.</summary>
    public ConfidenceLevel Level { get; }

    /// <summary>Why there are no denominators (e.g. the year is not in the population table), or null.</summary>
    public string? PopulationMissing { get; }

    /// <summary>The rate per 1000 in a cell given by value ids (one per dimension; <c>total</c> for a margin).</summary>
    /// <param name="valueIds">One value id per dimension.</param>
    public Rate RateAt(params string[] valueIds)
    {
        ArgumentNullException.ThrowIfNull(valueIds);
        var count = Recipients.Count(valueIds);
        var offset = Offset(valueIds);
        return Rate.Create(count, _population?[offset], Rate.DefaultPer, Level);
    }

    /// <summary>The tidy table (see the type remarks).</summary>
    public ResultTable ToTable()
    {
        var counts = Recipients.ToTable();
        var dims = Recipients.Axes.Length;
        var columns = counts.Columns.Concat(["population", "rate", "lower", "upper"]).ToImmutableArray();
        var rows = ImmutableArray.CreateBuilder<ImmutableArray<object?>>(counts.Rows.Length);
        var cells = Recipients.RawCells;
        for (var i = 0; i < counts.Rows.Length; i++)
        {
            var rate = Rate.Create(cells[i], _population?[i], Rate.DefaultPer, Level);
            var interval = rate.IsComputable ? rate.Interval : ConfidenceInterval.Empty;
            rows.Add([.. counts.Rows[i], _population is null ? null : _population[i],
                rate.IsComputable ? rate.Value : null,
                interval.IsEmpty ? null : interval.Lower, interval.IsEmpty ? null : interval.Upper]);
        }
        return new ResultTable(columns, dims, rows.MoveToImmutable(), TableTitle.Of(this));
    }

    /// <summary>Period, axes and reference.</summary>
    public override string ToString() => $"recipients per 1000, {Period}, {Recipients}, population {Reference}";

    string ITabularData.Caption => TableTitle.Of(this);

    private int Offset(string[] valueIds)
    {
        var strides = Cube.StridesOf(Recipients.Axes);
        var offset = 0;
        for (var d = 0; d < valueIds.Length; d++)
        {
            offset += Recipients.Axes[d].IndexOf(valueIds[d]) * strides[d];
        }
        return offset;
    }
}
