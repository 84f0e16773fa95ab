using Kpr.Core.Formatting;
using System.Collections.Immutable;
using Kpr.Core.Internal;

namespace Kpr.Core.Aggregation;

/// <summary>
/// Counts over a fixed set of axes, stored densely (one <see cref="long"/> per combination of axis values, margins
/// included). A cube is immutable and mergeable: <see cref="Merge(Cube)"/> adds cell by cell, so it is associative
/// and commutative with <see cref="Empty"/> as identity. Merging the cubes of the parts of any partition of the
/// register <b>by person</b> (for <see cref="CountKind.DistinctPersons"/>) or by service (for
/// <see cref="CountKind.Services"/>) gives the cube of the whole register; that is how counting is split over cores.
/// </summary>
/// <remarks>
/// Margins: index <see cref="CubeAxis.TotalIndex"/> on an axis is the count over all of its values. For
/// <see cref="CountKind.Services"/> a margin is the sum of its cells. For <see cref="CountKind.DistinctPersons"/> a
/// margin over a person attribute (age group, sex, region, bistandsbehov, …) is the sum of its cells too, because every
/// person has one value; a margin over a service axis (code, group) counts each person once, so it lies between the
/// largest cell and the sum of the cells.
/// </remarks>
[TypeFormatterSource(typeof(TabularFormatterSource))]
public sealed class Cube : IEquatable<Cube>, ITableResult
{
    private readonly long[] _cells;
    private readonly int[] _strides;

    internal Cube(CountKind kind, ImmutableArray<CubeAxis> axes, long[] cells, long unclassified)
    {
        Kind = kind;
        Axes = axes;
        _strides = StridesOf(axes);
        if (cells.Length != CellCount(axes))
        {
            throw new ArgumentException("Cell array does not match the axes.", nameof(cells));
        }
        _cells = cells;
        Unclassified = unclassified;
    }

    /// <summary>What the cells count.</summary>
    public CountKind Kind { get; }

    /// <summary>The axes, in order; the first varies slowest in <see cref="Cells"/>.</summary>
    public ImmutableArray<CubeAxis> Axes { get; }

    /// <summary>
    /// Persons (or services) that qualified but could not be placed on some axis (e.g. an age outside the age groups,
    /// a municipality without a helsefellesskap). They are in no cell; this count makes the loss visible.
    /// </summary>
    public long Unclassified { get; }

    /// <summary>All cells, margins included, in row-major order (last axis fastest; each axis has Count + 1 slots).</summary>
    public ReadOnlySpan<long> Cells => _cells;

    /// <summary>The count over everything: every axis at its margin.</summary>
    public long GrandTotal
    {
        get
        {
            var offset = 0;
            for (var d = 0; d < Axes.Length; d++)
            {
                offset += Axes[d].TotalIndex * _strides[d];
            }
            return _cells[offset];
        }
    }

    /// <summary>An all-zero cube: the identity of <see cref="Merge(Cube)"/>.</summary>
    /// <param name="kind">What the cube counts.</param>
    /// <param name="axes">Its axes (zero axes is allowed: one cell).</param>
    public static Cube Empty(CountKind kind, IEnumerable<CubeAxis> axes)
    {
        ArgumentNullException.ThrowIfNull(axes);
        var list = axes.ToImmutableArray();
        foreach (var axis in list)
        {
            Preconditions.CheckArgument(axis is not null, nameof(axes), "Axes cannot be null.");
        }
        CheckDistinctNames(list);
        return new Cube(kind, list, new long[CellCount(list)], 0);
    }

    /// <summary>The count at value indices, one per axis (use <see cref="CubeAxis.TotalIndex"/> for a margin).</summary>
    /// <param name="indices">One index per axis.</param>
    public long At(params int[] indices)
    {
        ArgumentNullException.ThrowIfNull(indices);
        Preconditions.CheckArgument(indices.Length == Axes.Length, nameof(indices), $"Expected {Axes.Length} indices.");
        var offset = 0;
        for (var d = 0; d < indices.Length; d++)
        {
            Preconditions.CheckRange(indices[d], 0, Axes[d].TotalIndex, nameof(indices));
            offset += indices[d] * _strides[d];
        }
        return _cells[offset];
    }

    /// <summary>The count at value ids, one per axis (<c>"total"</c> for a margin).</summary>
    /// <param name="valueIds">One value id per axis.</param>
    /// <exception cref="ArgumentException">An id is not a value of its axis.</exception>
    public long Count(params string[] valueIds)
    {
        ArgumentNullException.ThrowIfNull(valueIds);
        Preconditions.CheckArgument(valueIds.Length == Axes.Length, nameof(valueIds), $"Expected {Axes.Length} value ids.");
        var indices = new int[valueIds.Length];
        for (var d = 0; d < valueIds.Length; d++)
        {
            ArgumentNullException.ThrowIfNull(valueIds[d], nameof(valueIds));
            indices[d] = Axes[d].IndexOf(valueIds[d]);
            if (indices[d] < 0)
            {
                throw new ArgumentException($"'{valueIds[d]}' is not a value of axis '{Axes[d].Name}'.", nameof(valueIds));
            }
        }
        return At(indices);
    }

    /// <summary>The cell-by-cell sum of two cubes with the same kind and axes.</summary>
    /// <param name="other">A cube counted over a disjoint part of the register.</param>
    /// <exception cref="ArgumentException">The kinds or axes differ.</exception>
    public Cube Merge(Cube other)
    {
        ArgumentNullException.ThrowIfNull(other);
        CheckCompatible(other);
        var cells = new long[_cells.Length];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = _cells[i] + other._cells[i];
        }
        return new Cube(Kind, Axes, cells, Unclassified + other.Unclassified);
    }

    /// <summary>Merges any number of cubes with the same kind and axes.</summary>
    /// <param name="cubes">At least one cube.</param>
    public static Cube MergeAll(IEnumerable<Cube> cubes)
    {
        ArgumentNullException.ThrowIfNull(cubes);
        Cube? first = null;
        long[]? cells = null;
        long unclassified = 0;
        foreach (var cube in cubes)
        {
            ArgumentNullException.ThrowIfNull(cube, nameof(cubes));
            if (first is null)
            {
                first = cube;
                cells = new long[cube._cells.Length];
            }
            else
            {
                first.CheckCompatible(cube);
            }
            AddInto(cells!, cube._cells);
            unclassified += cube.Unclassified;
        }
        if (first is null)
        {
            throw new ArgumentException("At least one cube is needed.", nameof(cubes));
        }
        return new Cube(first.Kind, first.Axes, cells!, unclassified);
    }

    /// <summary>
    /// The tidy table: one row per cell including margins, a column per axis (named as the axis, values as ids or
    /// <c>total</c>) and then <c>count</c>.
    /// </summary>
    public ResultTable ToTable()
    {
        var columns = Axes.Select(a => a.Name).Append("count").ToImmutableArray();
        var rows = ImmutableArray.CreateBuilder<ImmutableArray<object?>>(_cells.Length);
        var idx = new int[Axes.Length];
        for (var offset = 0; offset < _cells.Length; offset++)
        {
            var row = new object?[Axes.Length + 1];
            for (var d = 0; d < Axes.Length; d++)
            {
                row[d] = Axes[d].ValueAt(idx[d]);
            }
            row[Axes.Length] = _cells[offset];
            rows.Add([.. row]);
            Increment(idx);
        }
        return new ResultTable(columns, Axes.Length, rows.MoveToImmutable(), TableTitle.Of(this));
    }

    /// <summary>Same kind, axes, cells and unclassified count.</summary>
    public bool Equals(Cube? other) =>
        other is not null && Kind == other.Kind && Unclassified == other.Unclassified
        && Axes.SequenceEqual(other.Axes) && _cells.AsSpan().SequenceEqual(other._cells);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Cube);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Axes.Length, GrandTotal);

    /// <summary>Kind, axes and grand total, e.g. <c>DistinctPersons(age_group[6] x sex[2]) total=123</c>.</summary>
    public override string ToString() =>
        $"{Kind}({string.Join(" x ", Axes.Select(a => a.ToString()))}) total={GrandTotal}";

    string ITabularData.Caption => TableTitle.Of(this);

    internal long[] RawCells => _cells;

    internal static int[] StridesOf(IReadOnlyList<CubeAxis> axes)
    {
        var strides = new int[axes.Count];
        var stride = 1;
        for (var d = axes.Count - 1; d >= 0; d--)
        {
            strides[d] = stride;
            stride *= axes[d].Count + 1;
        }
        return strides;
    }

    internal static int CellCount(IReadOnlyList<CubeAxis> axes)
    {
        long n = 1;
        foreach (var a in axes)
        {
            n *= a.Count + 1;
            if (n > 1 << 28)
            {
                throw new ArgumentException("Too many cells: choose fewer or coarser dimensions.", nameof(axes));
            }
        }
        return (int)n;
    }

    internal static void AddInto(long[] target, long[] source)
    {
        var t = target.AsSpan();
        var s = source.AsSpan(0, t.Length);
        for (var i = 0; i < t.Length; i++)
        {
            t[i] += s[i];
        }
    }

    private static void CheckDistinctNames(ImmutableArray<CubeAxis> axes)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in axes)
        {
            Preconditions.CheckArgument(names.Add(a.Name), nameof(axes), $"Axis '{a.Name}' appears twice.");
        }
    }

    private void CheckCompatible(Cube other)
    {
        Preconditions.CheckArgument(Kind == other.Kind, nameof(other), "Cannot merge cubes of different kinds.");
        Preconditions.CheckArgument(Axes.SequenceEqual(other.Axes), nameof(other), "Cannot merge cubes with different axes.");
    }

    private void Increment(int[] idx)
    {
        for (var d = idx.Length - 1; d >= 0; d--)
        {
            if (++idx[d] <= Axes[d].TotalIndex)
            {
                return;
            }
            idx[d] = 0;
        }
    }
}
