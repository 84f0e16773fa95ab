using Kpr.Core.Formatting;
using System.Collections.Immutable;
using Kpr.Core.Measures;

namespace Kpr.Core.Aggregation;

/// <summary>
/// The share of recipients with one value of an attribute (e.g. a coordinator) among all recipients in each cell,
/// with Wilson score intervals, and optionally the change from an earlier period in percentage points with Newcombe's
/// hybrid score interval. The tidy table has the dimension columns, then <c>count</c> (with the value),
/// <c>denominator</c> (all recipients in the cell), <c>share</c> (percent), <c>lower</c>, <c>upper</c>; with a
/// comparison also <c>previous_count</c>, <c>previous_denominator</c>, <c>previous_share</c>, <c>change_pp</c>,
/// <c>change_lower</c>, <c>change_upper</c>. Empty cells mean not computable (no recipients).
/// </summary>
[TypeFormatterSource(typeof(TabularFormatterSource))]
public sealed class ShareTable : ITableResult
{
    private readonly int _attributeAxis;
    private readonly int _valueIndex;

    internal ShareTable(Cube current, Cube? previous, int attributeAxis, int valueIndex, CountingPeriod period, CountingPeriod? previousPeriod, ConfidenceLevel level)
    {
        Current = current;
        Previous = previous;
        _attributeAxis = attributeAxis;
        _valueIndex = valueIndex;
        Period = period;
        PreviousPeriod = previousPeriod;
        Level = level;
    }

    /// <summary>Recipients by the dimensions and the attribute (the attribute's axis is last).</summary>
    public Cube Current { get; }

    /// <summary>The same for the earlier period, or null.</summary>
    public Cube? Previous { get; }

    /// <summary>The period.</summary>
    public CountingPeriod Period { get; }

    /// <summary>The earlier period, or null.</summary>
    public CountingPeriod? PreviousPeriod { get; }

    /// <summary>The confidence level.</summary>
    public ConfidenceLevel Level { get; }

    /// <summary>The position of the attribute's axis in <see cref="Current"/> (the last).</summary>
    internal int AttributeAxis => _attributeAxis;

    /// <summary>The index of the value whose share is wanted on the attribute's axis.</summary>
    internal int ValueIndex => _valueIndex;

    /// <summary>The share in a cell of the dimensions (value ids, <c>total</c> for a margin).</summary>
    /// <param name="valueIds">One value id per dimension (not the attribute).</param>
    public Proportion ShareAt(params string[] valueIds)
    {
        ArgumentNullException.ThrowIfNull(valueIds);
        return Share(Current, valueIds);
    }

    /// <summary>The change from the earlier period in percentage points (Newcombe interval).</summary>
    /// <param name="valueIds">One value id per dimension (not the attribute).</param>
    /// <exception cref="InvalidOperationException">There is no earlier period.</exception>
    public PercentagePointChange ChangeAt(params string[] valueIds)
    {
        ArgumentNullException.ThrowIfNull(valueIds);
        var previous = Previous ?? throw new InvalidOperationException("No earlier period was counted.");
        return PercentagePointChange.Between(Share(Current, valueIds), Share(previous, valueIds), Level);
    }

    /// <summary>The tidy table (see the type remarks).</summary>
    public ResultTable ToTable()
    {
        var axes = Current.Axes;
        var dims = axes.Length - 1;
        var columns = axes.Take(dims).Select(a => a.Name).Concat(["count", "denominator", "share", "lower", "upper"]);
        if (Previous is not null)
        {
            columns = columns.Concat(["previous_count", "previous_denominator", "previous_share", "change_pp", "change_lower", "change_upper"]);
        }
        var cols = columns.ToImmutableArray();
        var rows = ImmutableArray.CreateBuilder<ImmutableArray<object?>>();
        var combos = 1;
        for (var d = 0; d < dims; d++)
        {
            combos *= axes[d].Count + 1;
        }
        var ids = new string[dims];
        for (var k = 0; k < combos; k++)
        {
            var rest = k;
            for (var d = dims - 1; d >= 0; d--)
            {
                ids[d] = axes[d].ValueAt(rest % (axes[d].Count + 1));
                rest /= axes[d].Count + 1;
            }
            var share = Share(Current, ids);
            var row = new List<object?>(ids);
            AddProportion(row, share);
            if (Previous is not null)
            {
                var before = Share(Previous, ids);
                AddProportion(row, before, withInterval: false);
                var change = PercentagePointChange.Between(share, before, Level);
                var ci = change.IsComputable ? change.Interval : ConfidenceInterval.Empty;
                row.Add(change.IsComputable ? change.Value : null);
                row.Add(ci.IsEmpty ? null : ci.Lower);
                row.Add(ci.IsEmpty ? null : ci.Upper);
            }
            rows.Add([.. row]);
        }
        return new ResultTable(cols, dims, rows.ToImmutable(), ((ITabularData)this).Caption);
    }

    string ITabularData.Caption => TableTitle.Of(this, Current.Axes[_attributeAxis].Name, Current.Axes[_attributeAxis].ValueAt(_valueIndex));

    /// <summary>What is shared, and when.</summary>
    public override string ToString() =>
        $"share {Current.Axes[_attributeAxis].Name}={Current.Axes[_attributeAxis].ValueAt(_valueIndex)}, {Period}" + (PreviousPeriod is { } p ? $" vs {p}" : "");

    private Proportion Share(Cube cube, string[] dimensionIds)
    {
        var withValue = dimensionIds.Append(cube.Axes[_attributeAxis].ValueAt(_valueIndex)).ToArray();
        var all = dimensionIds.Append(CubeAxis.Total).ToArray();
        return Proportion.Create(cube.Count(withValue), cube.Count(all), Proportion.DefaultPer, Level);
    }

    private static void AddProportion(List<object?> row, Proportion p, bool withInterval = true)
    {
        row.Add(p.Count);
        row.Add(p.Denominator);
        row.Add(p.IsComputable ? p.Value : null);
        if (withInterval)
        {
            var ci = p.IsComputable ? p.Interval : ConfidenceInterval.Empty;
            row.Add(ci.IsEmpty ? null : ci.Lower);
            row.Add(ci.IsEmpty ? null : ci.Upper);
        }
    }
}
