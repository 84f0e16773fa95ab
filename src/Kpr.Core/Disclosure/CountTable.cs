using System.Collections.ObjectModel;
using Kpr.Core.Internal;

namespace Kpr.Core.Disclosure;

/// <summary>
/// A complete table of counts over named dimensions, margins included, with optional denominators per cell
/// (e.g. recipients and population). The input to <see cref="TableProtector"/> and <see cref="DisclosureAuditor"/>.
/// </summary>
/// <remarks>
/// <para>Cells are numbered row-major: the last dimension varies fastest. A cell is addressed by one category per
/// dimension; <see cref="CellIndex(string[])"/> and <see cref="CodesOf"/> convert between codes and the number.</para>
/// <para>Counts and denominators are non-negative and a count never exceeds its denominator. Sum relations of
/// additive dimensions are checked by <see cref="FindInconsistencies"/>; protection requires a consistent table,
/// because the audit reasons about exactly those sums.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class CountTable
{
    private readonly long[] _counts;
    private readonly long[]? _denominators;
    private readonly int[] _strides;

    private CountTable(TableDimension[] dimensions, long[] counts, long[]? denominators)
    {
        Dimensions = new ReadOnlyCollection<TableDimension>(dimensions);
        _counts = counts;
        _denominators = denominators;
        _strides = new int[dimensions.Length];
        var stride = 1;
        for (var d = dimensions.Length - 1; d >= 0; d--)
        {
            _strides[d] = stride;
            stride = checked(stride * dimensions[d].Count);
        }
    }

    /// <summary>The dimensions in table order.</summary>
    public IReadOnlyList<TableDimension> Dimensions { get; }

    /// <summary>The number of cells, margins included.</summary>
    public int CellCount => _counts.Length;

    /// <summary>Whether every cell has a denominator.</summary>
    public bool HasDenominators => _denominators is not null;

    /// <summary>
    /// A table from counts (and optional denominators) in row-major cell order, the last dimension varying fastest.
    /// </summary>
    /// <param name="dimensions">The dimensions (at least one, names distinct).</param>
    /// <param name="counts">One count per cell.</param>
    /// <param name="denominators">One denominator per cell, or null.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dimensions"/> or <paramref name="counts"/> is null.</exception>
    /// <exception cref="ArgumentException">Wrong number of values, a negative value, a count above its denominator, or repeated dimension names.</exception>
    public static CountTable Create(IEnumerable<TableDimension> dimensions, IReadOnlyList<long> counts, IReadOnlyList<long>? denominators = null)
    {
        ArgumentNullException.ThrowIfNull(dimensions);
        ArgumentNullException.ThrowIfNull(counts);
        var dims = CheckDimensions(dimensions);
        var size = CellCountOf(dims);
        Preconditions.CheckArgument(counts.Count == size, nameof(counts), $"The table has {size} cells but {counts.Count} counts were given.");
        Preconditions.CheckArgument(denominators is null || denominators.Count == size, nameof(denominators),
            $"The table has {size} cells but {denominators?.Count} denominators were given.");
        var table = new CountTable(dims, counts.ToArray(), denominators?.ToArray());
        table.CheckValues();
        return table;
    }

    /// <summary>A table whose count (and denominator) for each cell is given by a function of the cell's codes.</summary>
    /// <param name="dimensions">The dimensions (at least one, names distinct).</param>
    /// <param name="count">The count of a cell, given its codes in dimension order.</param>
    /// <param name="denominator">The denominator of a cell, or null for a table without denominators.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dimensions"/> or <paramref name="count"/> is null.</exception>
    /// <exception cref="ArgumentException">A negative value or a count above its denominator.</exception>
    public static CountTable FromCells(IEnumerable<TableDimension> dimensions, Func<IReadOnlyList<string>, long> count,
        Func<IReadOnlyList<string>, long>? denominator = null)
    {
        ArgumentNullException.ThrowIfNull(dimensions);
        ArgumentNullException.ThrowIfNull(count);
        var dims = CheckDimensions(dimensions);
        var shell = new CountTable(dims, new long[CellCountOf(dims)], denominator is null ? null : new long[CellCountOf(dims)]);
        for (var cell = 0; cell < shell.CellCount; cell++)
        {
            var codes = shell.CodesOf(cell);
            shell._counts[cell] = count(codes);
            if (denominator is not null)
            {
                shell._denominators![cell] = denominator(codes);
            }
        }
        shell.CheckValues();
        return shell;
    }

    /// <summary>
    /// A table from the innermost (leaf) cells only; every margin is filled in as the sum of its parts. All
    /// dimensions must be additive. Convenient for tests and for cubes of counts that add up.
    /// </summary>
    /// <param name="dimensions">The dimensions (all additive).</param>
    /// <param name="leafCount">The count of a leaf cell, given its codes.</param>
    /// <param name="leafDenominator">The denominator of a leaf cell, or null.</param>
    /// <returns>The table with margins.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dimensions"/> or <paramref name="leafCount"/> is null.</exception>
    /// <exception cref="ArgumentException">A non-additive dimension, a negative value or a count above its denominator.</exception>
    public static CountTable FromLeaves(IEnumerable<TableDimension> dimensions, Func<IReadOnlyList<string>, long> leafCount,
        Func<IReadOnlyList<string>, long>? leafDenominator = null)
    {
        ArgumentNullException.ThrowIfNull(dimensions);
        ArgumentNullException.ThrowIfNull(leafCount);
        var dims = CheckDimensions(dimensions);
        foreach (var d in dims)
        {
            Preconditions.CheckArgument(d.IsAdditive, nameof(dimensions),
                $"Dimension '{d.Name}' is not additive, so its margins cannot be computed from the leaves.");
        }
        var size = CellCountOf(dims);
        var table = new CountTable(dims, new long[size], leafDenominator is null ? null : new long[size]);
        var categories = new int[dims.Length];
        for (var cell = 0; cell < size; cell++)
        {
            table.CategoriesOf(cell, categories);
            var leaf = true;
            for (var d = 0; d < dims.Length && leaf; d++)
            {
                leaf = dims[d].IsLeaf(categories[d]);
            }
            if (!leaf)
            {
                continue;
            }
            var codes = table.CodesOf(cell);
            var c = leafCount(codes);
            var n = leafDenominator?.Invoke(codes) ?? 0;
            // Add the leaf to itself and every ancestor combination.
            foreach (var target in table.AncestorCells(categories))
            {
                table._counts[target] += c;
                if (table._denominators is not null)
                {
                    table._denominators[target] += n;
                }
            }
        }
        table.CheckValues();
        return table;
    }

    /// <summary>The count of a cell.</summary>
    /// <param name="cell">The cell number.</param>
    /// <returns>The count.</returns>
    public long CountAt(int cell) => _counts[cell];

    /// <summary>The denominator of a cell, or null when the table has none.</summary>
    /// <param name="cell">The cell number.</param>
    /// <returns>The denominator or null.</returns>
    public long? DenominatorAt(int cell) => _denominators?[cell];

    /// <summary>The cell number of a combination of category codes, one per dimension in order.</summary>
    /// <param name="codes">The category codes.</param>
    /// <returns>The cell number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="codes"/> is null.</exception>
    /// <exception cref="ArgumentException">Wrong number of codes.</exception>
    /// <exception cref="KeyNotFoundException">A code is unknown.</exception>
    public int CellIndex(params string[] codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        Preconditions.CheckArgument(codes.Length == Dimensions.Count, nameof(codes),
            $"The table has {Dimensions.Count} dimensions but {codes.Length} codes were given.");
        var cell = 0;
        for (var d = 0; d < codes.Length; d++)
        {
            cell += Dimensions[d].IndexOf(codes[d]) * _strides[d];
        }
        return cell;
    }

    /// <summary>The cell number of a combination of category indices, one per dimension in order.</summary>
    /// <param name="categories">The category indices.</param>
    /// <returns>The cell number.</returns>
    public int CellIndex(ReadOnlySpan<int> categories)
    {
        var cell = 0;
        for (var d = 0; d < categories.Length; d++)
        {
            cell += categories[d] * _strides[d];
        }
        return cell;
    }

    /// <summary>The category index of a cell in one dimension.</summary>
    /// <param name="cell">The cell number.</param>
    /// <param name="dimension">The dimension's position.</param>
    /// <returns>The category index.</returns>
    public int CategoryOf(int cell, int dimension) => cell / _strides[dimension] % Dimensions[dimension].Count;

    /// <summary>Writes the category index of a cell in every dimension.</summary>
    /// <param name="cell">The cell number.</param>
    /// <param name="categories">Receives one index per dimension.</param>
    public void CategoriesOf(int cell, Span<int> categories)
    {
        for (var d = 0; d < _strides.Length; d++)
        {
            categories[d] = cell / _strides[d] % Dimensions[d].Count;
        }
    }

    /// <summary>The category codes of a cell, one per dimension.</summary>
    /// <param name="cell">The cell number.</param>
    /// <returns>The codes in dimension order.</returns>
    public IReadOnlyList<string> CodesOf(int cell)
    {
        var codes = new string[_strides.Length];
        for (var d = 0; d < codes.Length; d++)
        {
            codes[d] = Dimensions[d].Categories[CategoryOf(cell, d)];
        }
        return codes;
    }

    /// <summary>The stride of a dimension: how far apart two cells are that differ by one in that dimension only.</summary>
    /// <param name="dimension">The dimension's position.</param>
    /// <returns>The stride.</returns>
    public int StrideOf(int dimension) => _strides[dimension];

    /// <summary>
    /// Every sum relation of the additive dimensions that the values break, described as
    /// "cell (codes): margin 10 but parts sum to 9". Empty for a consistent table.
    /// </summary>
    /// <returns>The inconsistencies (at most the first 100).</returns>
    public IReadOnlyList<string> FindInconsistencies()
    {
        var problems = new List<string>();
        foreach (var relation in SumRelation.Enumerate(this))
        {
            CheckRelation(relation, _counts, "count", problems);
            if (_denominators is not null)
            {
                CheckRelation(relation, _denominators, "denominator", problems);
            }
            if (problems.Count >= 100)
            {
                break;
            }
        }
        return problems;
    }

    /// <summary>The dimension names and the cell count (invariant).</summary>
    /// <returns>A short description.</returns>
    public override string ToString() =>
        $"CountTable({string.Join(" x ", Dimensions.Select(d => $"{d.Name}:{d.Count}"))} = {CellCount} cells{(HasDenominators ? ", with denominators" : "")})";

    private void CheckRelation(SumRelation relation, long[] values, string what, List<string> problems)
    {
        long sum = 0;
        foreach (var part in relation.Parts)
        {
            sum += values[part];
        }
        if (sum != values[relation.Total])
        {
            problems.Add($"cell ({string.Join(", ", CodesOf(relation.Total))}): {what} {values[relation.Total]} but its parts along '{Dimensions[relation.Dimension].Name}' sum to {sum}");
        }
    }

    private IEnumerable<int> AncestorCells(int[] leafCategories)
    {
        // Every combination where each dimension takes the leaf's category or one of its ancestors.
        var options = new List<int>[leafCategories.Length];
        for (var d = 0; d < leafCategories.Length; d++)
        {
            options[d] = [];
            for (var c = leafCategories[d]; c >= 0; c = Dimensions[d].ParentOf(c))
            {
                options[d].Add(c * _strides[d]);
            }
        }
        IEnumerable<int> cells = [0];
        foreach (var option in options)
        {
            cells = cells.SelectMany(_ => option, (acc, o) => acc + o).ToList();
        }
        return cells;
    }

    private void CheckValues()
    {
        for (var cell = 0; cell < _counts.Length; cell++)
        {
            if (_counts[cell] < 0)
            {
                throw new ArgumentException($"Cell ({string.Join(", ", CodesOf(cell))}) has a negative count.", "counts");
            }
            if (_denominators is not null)
            {
                if (_denominators[cell] < 0)
                {
                    throw new ArgumentException($"Cell ({string.Join(", ", CodesOf(cell))}) has a negative denominator.", "denominators");
                }
                if (_counts[cell] > _denominators[cell])
                {
                    throw new ArgumentException($"Cell ({string.Join(", ", CodesOf(cell))}) has a count above its denominator.", "counts");
                }
            }
        }
    }

    private static TableDimension[] CheckDimensions(IEnumerable<TableDimension> dimensions)
    {
        var dims = dimensions.ToArray();
        Preconditions.CheckArgument(dims.Length > 0, nameof(dimensions), "A table needs at least one dimension.");
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in dims)
        {
            if (d is null)
            {
                throw new ArgumentException("A dimension is null.", nameof(dimensions));
            }
            Preconditions.CheckArgument(names.Add(d.Name), nameof(dimensions), $"Dimension name '{d.Name}' occurs twice.");
        }
        return dims;
    }

    private static int CellCountOf(TableDimension[] dims)
    {
        var size = 1;
        foreach (var d in dims)
        {
            size = checked(size * d.Count);
        }
        return size;
    }
}
