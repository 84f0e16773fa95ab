using System.Collections.ObjectModel;
using Kpr.Core.Internal;

namespace Kpr.Core.Disclosure;

/// <summary>
/// A set of tables built from one register and published together — the unit of protection. Every cell is a sum of
/// finest cells, so an intruder can combine any cells of any tables (margins, hierarchies, overlapping age bands,
/// a national table beside a regional one); <see cref="PublicationProtector"/> protects against all of them at once.
/// </summary>
/// <remarks>
/// <para><b>Figures.</b> Cells with the same finest cells are one figure, wherever they appear, and get one status.
/// <see cref="FigureCount"/> counts the distinct figures.</para>
/// <para><b>Unpublished cells.</b> Optional cells that no table shows but that must not be worked out either, e.g.
/// the finest cells themselves: with age bands 0-66 in one table and 0-65 in another, the persons aged 66 are such a
/// cell. A small unpublished count gets the same protection interval as a small published one.</para>
/// <para>Immutable.</para>
/// </remarks>
public sealed class Publication
{
    private readonly int[][] _figureOfCell;

    private Publication(PublicationTable[] tables, PublicationCell[] unpublished)
    {
        Tables = new ReadOnlyCollection<PublicationTable>(tables);
        UnpublishedCells = new ReadOnlyCollection<PublicationCell>(unpublished);
        var byKey = new Dictionary<FinestKey, int>();
        var figures = new List<PublicationCell>();
        var published = new List<bool>();
        _figureOfCell = new int[tables.Length][];
        var maxFinest = -1;
        for (var t = 0; t < tables.Length; t++)
        {
            var cells = tables[t].Cells;
            _figureOfCell[t] = new int[cells.Count];
            for (var c = 0; c < cells.Count; c++)
            {
                _figureOfCell[t][c] = Intern(cells[c], true, $"table '{tables[t].Name}'");
            }
        }
        foreach (var cell in unpublished)
        {
            Intern(cell, false, "the unpublished cells");
        }
        FigureCells = figures;
        FigurePublished = published;
        FinestCellCount = maxFinest + 1;

        int Intern(PublicationCell cell, bool isPublished, string where)
        {
            if (cell.Finest.Length > 0)
            {
                maxFinest = Math.Max(maxFinest, cell.Finest[^1]);
            }
            var key = new FinestKey(cell.Finest);
            if (byKey.TryGetValue(key, out var f))
            {
                Preconditions.CheckArgument(figures[f].Count == cell.Count, "tables",
                    $"Cell ({string.Join(", ", cell.Codes)}) in {where} covers the same finest cells as ({string.Join(", ", figures[f].Codes)}) but counts {cell.Count}, not {figures[f].Count}.");
                if (isPublished && !published[f])
                {
                    published[f] = true;
                    figures[f] = cell;
                }
                return f;
            }
            byKey[key] = figures.Count;
            figures.Add(cell);
            published.Add(isPublished);
            return figures.Count - 1;
        }
    }

    /// <summary>The tables, in the order given.</summary>
    public IReadOnlyList<PublicationTable> Tables { get; }

    /// <summary>Cells no table shows that must still not be worked out (see remarks).</summary>
    public IReadOnlyList<PublicationCell> UnpublishedCells { get; }

    /// <summary>The number of finest cells (one more than the highest finest cell number used).</summary>
    public int FinestCellCount { get; }

    /// <summary>The number of distinct figures: cells with distinct finest cells, published or not.</summary>
    public int FigureCount => FigureCells.Count;

    internal IReadOnlyList<PublicationCell> FigureCells { get; }

    internal IReadOnlyList<bool> FigurePublished { get; }

    /// <summary>A publication.</summary>
    /// <param name="tables">The tables (at least one; names distinct).</param>
    /// <param name="unpublishedCells">Cells to protect that no table shows, or null.</param>
    /// <returns>The publication.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tables"/> is null.</exception>
    /// <exception cref="ArgumentException">No table, a repeated table name, or two cells over the same finest cells with different counts.</exception>
    public static Publication Create(IEnumerable<PublicationTable> tables, IEnumerable<PublicationCell>? unpublishedCells = null)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var tableArray = tables.ToArray();
        Preconditions.CheckArgument(tableArray.Length > 0, nameof(tables), "A publication needs at least one table.");
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in tableArray)
        {
            Preconditions.CheckArgument(table is not null && names.Add(table.Name), nameof(tables), $"Table name '{table?.Name}' occurs twice (or a table is null).");
        }
        return new Publication(tableArray, unpublishedCells?.ToArray() ?? []);
    }

    /// <summary>The position of the table with this name, or -1.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The index into <see cref="Tables"/>.</returns>
    public int IndexOf(string name)
    {
        for (var t = 0; t < Tables.Count; t++)
        {
            if (string.Equals(Tables[t].Name, name, StringComparison.Ordinal))
            {
                return t;
            }
        }
        return -1;
    }

    internal int FigureOf(int table, int cell) => _figureOfCell[table][cell];

    /// <summary>Invariant summary.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"Publication({Tables.Count} tables, {Tables.Sum(t => t.Cells.Count)} cells, {FigureCount} figures, {FinestCellCount} finest cells)";

    private readonly struct FinestKey(int[] cells) : IEquatable<FinestKey>
    {
        private readonly int[] _cells = cells;

        public bool Equals(FinestKey other) => _cells.AsSpan().SequenceEqual(other._cells);

        public override bool Equals(object? obj) => obj is FinestKey k && Equals(k);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            hash.Add(_cells.Length);
            foreach (var c in _cells)
            {
                hash.Add(c);
            }
            return hash.ToHashCode();
        }
    }
}
