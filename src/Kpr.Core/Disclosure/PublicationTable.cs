using System.Collections.ObjectModel;
using Kpr.Core.Internal;

namespace Kpr.Core.Disclosure;

/// <summary>One table of a <see cref="Publication"/>: a name, its dimension names and its cells (margins included).</summary>
/// <remarks>Immutable. Build one by hand with <see cref="Create"/> or from finest axes with
/// <see cref="PublicationGrid.Table(string, IReadOnlyList{TableAxis}, Func{IReadOnlyList{string}, long}, Func{IReadOnlyList{string}, long?}?, IReadOnlyDictionary{string, IReadOnlyList{string}}?)"/>.</remarks>
public sealed class PublicationTable
{
    private PublicationTable(string name, string[] dimensions, PublicationCell[] cells)
    {
        Name = name;
        Dimensions = new ReadOnlyCollection<string>(dimensions);
        Cells = new ReadOnlyCollection<PublicationCell>(cells);
    }

    /// <summary>The table's name (unique in its publication; used for file names by <c>kpr publish</c>).</summary>
    public string Name { get; }

    /// <summary>The dimension names, in the order of each cell's codes.</summary>
    public IReadOnlyList<string> Dimensions { get; }

    /// <summary>The cells in output order.</summary>
    public IReadOnlyList<PublicationCell> Cells { get; }

    /// <summary>A table.</summary>
    /// <param name="name">The name (not empty).</param>
    /// <param name="dimensions">The dimension names.</param>
    /// <param name="cells">The cells; each has one code per dimension.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An empty name, or a cell with the wrong number of codes.</exception>
    public static PublicationTable Create(string name, IEnumerable<string> dimensions, IEnumerable<PublicationCell> cells)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(dimensions);
        ArgumentNullException.ThrowIfNull(cells);
        Preconditions.CheckArgument(name.Length > 0, nameof(name), "A table needs a name.");
        var dims = dimensions.ToArray();
        var cellArray = cells.ToArray();
        foreach (var cell in cellArray)
        {
            Preconditions.CheckArgument(cell is not null && cell.Codes.Count == dims.Length, nameof(cells),
                $"Table '{name}' has {dims.Length} dimensions but a cell has {cell?.Codes.Count} codes.");
        }
        return new PublicationTable(name, dims, cellArray);
    }

    /// <summary>The position of the cell with these codes, or -1.</summary>
    /// <param name="codes">One code per dimension.</param>
    /// <returns>The cell's position in <see cref="Cells"/>, or -1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="codes"/> is null.</exception>
    public int IndexOf(params string[] codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        for (var i = 0; i < Cells.Count; i++)
        {
            if (Cells[i].Codes.SequenceEqual(codes, StringComparer.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>The name, dimensions and cell count.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"PublicationTable({Name}: {string.Join(" x ", Dimensions)}, {Cells.Count} cells)";
}
