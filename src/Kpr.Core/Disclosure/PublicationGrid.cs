using System.Collections.ObjectModel;
using Kpr.Core.Internal;

namespace Kpr.Core.Disclosure;

/// <summary>
/// The finest cells of a publication as the cross product of <see cref="FinestAxis"/> values, and the way to turn
/// tables over <see cref="TableAxis"/> dimensions into <see cref="PublicationTable"/>s whose cells name the finest
/// cells they sum.
/// </summary>
/// <remarks>
/// <para>Finest cells are numbered row-major, the last axis varying fastest. A table cell covers, on each finest axis,
/// the values its category covers; on an axis the table does not break down, all values (or those of the table's
/// selection, e.g. only the patterns with hjemmeboende for a table of hjemmeboende recipients).</para>
/// <para>Immutable.</para>
/// </remarks>
public sealed class PublicationGrid
{
    private readonly int[] _strides;

    private PublicationGrid(FinestAxis[] axes)
    {
        Axes = new ReadOnlyCollection<FinestAxis>(axes);
        _strides = new int[axes.Length];
        var stride = 1;
        for (var a = axes.Length - 1; a >= 0; a--)
        {
            _strides[a] = stride;
            stride = checked(stride * axes[a].Values.Count);
        }
        FinestCellCount = stride;
    }

    /// <summary>The finest axes.</summary>
    public IReadOnlyList<FinestAxis> Axes { get; }

    /// <summary>The number of finest cells (the product of the axes' sizes).</summary>
    public int FinestCellCount { get; }

    /// <summary>A grid over these axes.</summary>
    /// <param name="axes">The axes (at least one, names distinct).</param>
    /// <returns>The grid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="axes"/> is null.</exception>
    /// <exception cref="ArgumentException">No axis, or a repeated name.</exception>
    /// <exception cref="OverflowException">More than 2^31 finest cells.</exception>
    public static PublicationGrid Create(IEnumerable<FinestAxis> axes)
    {
        ArgumentNullException.ThrowIfNull(axes);
        var array = axes.ToArray();
        Preconditions.CheckArgument(array.Length > 0 && array.All(a => a is not null), nameof(axes), "A grid needs at least one axis.");
        Preconditions.CheckArgument(array.Select(a => a.Name).Distinct(StringComparer.Ordinal).Count() == array.Length, nameof(axes), "Finest axis names must be distinct.");
        return new PublicationGrid(array);
    }

    /// <summary>The number of a finest cell from one value per axis.</summary>
    /// <param name="values">One value per axis, in axis order.</param>
    /// <returns>The finest cell number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException">Wrong number of values.</exception>
    /// <exception cref="KeyNotFoundException">An unknown value.</exception>
    public int FinestIndex(params string[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        Preconditions.CheckArgument(values.Length == Axes.Count, nameof(values), $"The grid has {Axes.Count} axes but {values.Length} values were given.");
        var cell = 0;
        for (var a = 0; a < values.Length; a++)
        {
            cell += Axes[a].IndexOf(values[a]) * _strides[a];
        }
        return cell;
    }

    /// <summary>The values of a finest cell, one per axis.</summary>
    /// <param name="finestCell">The finest cell number.</param>
    /// <returns>The values.</returns>
    public IReadOnlyList<string> ValuesOf(int finestCell)
    {
        var values = new string[Axes.Count];
        for (var a = 0; a < values.Length; a++)
        {
            values[a] = Axes[a].Values[finestCell / _strides[a] % Axes[a].Values.Count];
        }
        return values;
    }

    /// <summary>
    /// A table whose counts (and denominators) the caller supplies per cell, e.g. from a query of the register.
    /// </summary>
    /// <param name="name">The table's name.</param>
    /// <param name="axes">The table's dimensions, each over a different finest axis.</param>
    /// <param name="count">The count of a cell, given its codes in dimension order.</param>
    /// <param name="denominator">Its public denominator, or null for none.</param>
    /// <param name="selection">Per finest axis name, the values the table is restricted to (null: none).</param>
    /// <returns>The table, every combination of categories in row-major order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/>, <paramref name="axes"/> or <paramref name="count"/> is null.</exception>
    /// <exception cref="ArgumentException">An axis over a finest axis not in the grid, two dimensions over one finest axis, or a bad selection.</exception>
    public PublicationTable Table(string name, IReadOnlyList<TableAxis> axes, Func<IReadOnlyList<string>, long> count,
        Func<IReadOnlyList<string>, long?>? denominator = null, IReadOnlyDictionary<string, IReadOnlyList<string>>? selection = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(axes);
        ArgumentNullException.ThrowIfNull(count);
        return Build(name, axes, selection, (codes, _) => (count(codes), denominator?.Invoke(codes)));
    }

    /// <summary>A table whose counts are the sums of given finest-cell counts (tests, simulations, or a register
    /// counted at the finest level).</summary>
    /// <param name="name">The table's name.</param>
    /// <param name="axes">The table's dimensions.</param>
    /// <param name="finestCounts">One count per finest cell.</param>
    /// <param name="selection">Per finest axis name, the values the table is restricted to (null: none).</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/>, <paramref name="axes"/> or <paramref name="finestCounts"/> is null.</exception>
    /// <exception cref="ArgumentException">Wrong number of counts, or as for the other overload.</exception>
    public PublicationTable TableFromFinest(string name, IReadOnlyList<TableAxis> axes, IReadOnlyList<long> finestCounts,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? selection = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(axes);
        ArgumentNullException.ThrowIfNull(finestCounts);
        Preconditions.CheckArgument(finestCounts.Count == FinestCellCount, nameof(finestCounts),
            $"The grid has {FinestCellCount} finest cells but {finestCounts.Count} counts were given.");
        return Build(name, axes, selection, (_, finest) =>
        {
            long sum = 0;
            foreach (var f in finest)
            {
                sum += finestCounts[f];
            }
            return (sum, null);
        });
    }

    /// <summary>
    /// The finest cells summed over the membership axes, as unpublished cells to protect (see
    /// <see cref="Publication.UnpublishedCells"/>): what an intruder could single out by differencing two tables.
    /// </summary>
    /// <param name="count">The count of such a cell, given its values on the non-membership axes in axis order.</param>
    /// <returns>The cells, codes = values on the non-membership axes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="count"/> is null.</exception>
    public IReadOnlyList<PublicationCell> UnpublishedFinestCells(Func<IReadOnlyList<string>, long> count)
    {
        ArgumentNullException.ThrowIfNull(count);
        var axes = Axes.Where(a => !a.IsMembership).Select(a => TableAxis.Create(a.Name, a, a.Values.Select(v => (v, (IEnumerable<string>)[v])))).ToArray();
        return Build("unpublished", axes, null, (codes, _) => (count(codes), null)).Cells;
    }

    private PublicationTable Build(string name, IReadOnlyList<TableAxis> axes, IReadOnlyDictionary<string, IReadOnlyList<string>>? selection,
        Func<IReadOnlyList<string>, List<int>, (long Count, long? Denominator)> value)
    {
        // For each finest axis, which table axis breaks it down (or -1), and the values allowed.
        var byFinest = new int[Axes.Count];
        Array.Fill(byFinest, -1);
        for (var i = 0; i < axes.Count; i++)
        {
            var a = IndexOfAxis(axes[i].Axis);
            Preconditions.CheckArgument(a >= 0, nameof(axes), $"Table '{name}': dimension '{axes[i].Name}' is over finest axis '{axes[i].Axis.Name}', which is not in the grid.");
            Preconditions.CheckArgument(byFinest[a] < 0, nameof(axes), $"Table '{name}': two dimensions over finest axis '{axes[i].Axis.Name}'.");
            byFinest[a] = i;
        }
        var allowed = new HashSet<int>?[Axes.Count];
        if (selection is not null)
        {
            foreach (var (axisName, values) in selection)
            {
                var a = Axes.Select((x, i) => (x, i)).FirstOrDefault(p => p.x.Name == axisName, (null!, -1)).Item2;
                Preconditions.CheckArgument(a >= 0, nameof(selection), $"Table '{name}': selection on unknown finest axis '{axisName}'.");
                allowed[a] = values.Select(Axes[a].IndexOf).ToHashSet();
            }
        }
        var categories = new int[axes.Count];
        var cells = new List<PublicationCell>();
        var finest = new List<int>();
        var codes = new string[axes.Count];
        while (true)
        {
            for (var i = 0; i < codes.Length; i++)
            {
                codes[i] = axes[i].Categories[categories[i]];
            }
            finest.Clear();
            Expand(0, 0);
            var (c, d) = value(codes, finest);
            cells.Add(PublicationCell.Create((string[])codes.Clone(), c, finest, d));
            var k = axes.Count - 1;
            while (k >= 0 && ++categories[k] == axes[k].Categories.Count)
            {
                categories[k] = 0;
                k--;
            }
            if (k < 0)
            {
                break;
            }
        }
        return PublicationTable.Create(name, axes.Select(a => a.Name), cells);

        void Expand(int a, int offset)
        {
            if (a == Axes.Count)
            {
                finest.Add(offset);
                return;
            }
            IEnumerable<int> values = byFinest[a] >= 0 ? axes[byFinest[a]].Covers(categories[byFinest[a]]) : Enumerable.Range(0, Axes[a].Values.Count);
            foreach (var v in values)
            {
                if (allowed[a] is { } set && !set.Contains(v))
                {
                    continue;
                }
                Expand(a + 1, offset + v * _strides[a]);
            }
        }
    }

    private int IndexOfAxis(FinestAxis axis)
    {
        for (var a = 0; a < Axes.Count; a++)
        {
            if (ReferenceEquals(Axes[a], axis))
            {
                return a;
            }
        }
        return -1;
    }

    /// <summary>The axes and the number of finest cells.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"PublicationGrid({string.Join(" x ", Axes)} = {FinestCellCount} finest cells)";
}
