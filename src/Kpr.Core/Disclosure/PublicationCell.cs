using System.Collections.ObjectModel;
using System.Globalization;
using Kpr.Core.Internal;

namespace Kpr.Core.Disclosure;

/// <summary>
/// One cell of a <see cref="PublicationTable"/>: its category codes, its count, an optional public denominator, and the
/// finest cells it is the sum of. The finest cells are what relates tables of one <see cref="Publication"/> to each
/// other, whatever their groupings.
/// </summary>
/// <remarks>
/// <para>A finest cell is one combination of the most detailed attribute values any table of the publication uses
/// (e.g. municipality × age segment × sex × service-group membership pattern); it is identified by a number from 0 to
/// <see cref="Publication.FinestCellCount"/> − 1. Two cells (in one table or in two) with the same finest cells are the
/// same figure and get one status.</para>
/// <para>Immutable.</para>
/// </remarks>
public sealed class PublicationCell
{
    private PublicationCell(string[] codes, long count, long? denominator, int[] finestCells)
    {
        Codes = new ReadOnlyCollection<string>(codes);
        Count = count;
        Denominator = denominator;
        FinestCells = new ReadOnlyCollection<int>(finestCells);
        Finest = finestCells;
    }

    /// <summary>The category codes, one per dimension of the table (unpublished cells: a description).</summary>
    public IReadOnlyList<string> Codes { get; }

    /// <summary>The true count (not for publication when hidden).</summary>
    public long Count { get; }

    /// <summary>The public denominator (e.g. the population of the group), or null.</summary>
    public long? Denominator { get; }

    /// <summary>The finest cells this cell is the sum of, ascending and distinct.</summary>
    public IReadOnlyList<int> FinestCells { get; }

    internal int[] Finest { get; }

    /// <summary>A cell.</summary>
    /// <param name="codes">The category codes.</param>
    /// <param name="count">The count (non-negative).</param>
    /// <param name="finestCells">The finest cells it sums (non-negative numbers; order and repeats do not matter).</param>
    /// <param name="denominator">The public denominator (at least the count), or null.</param>
    /// <returns>The cell.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="codes"/> or <paramref name="finestCells"/> is null.</exception>
    /// <exception cref="ArgumentException">A negative count or finest cell number, or a count above its denominator.</exception>
    public static PublicationCell Create(IEnumerable<string> codes, long count, IEnumerable<int> finestCells, long? denominator = null)
    {
        ArgumentNullException.ThrowIfNull(codes);
        ArgumentNullException.ThrowIfNull(finestCells);
        var codeArray = codes.ToArray();
        Preconditions.CheckArgument(count >= 0, nameof(count), $"Cell ({string.Join(", ", codeArray)}) has a negative count.");
        Preconditions.CheckArgument(denominator is null || denominator >= count, nameof(denominator),
            $"Cell ({string.Join(", ", codeArray)}) has a count above its denominator.");
        var finest = finestCells.Distinct().Order().ToArray();
        Preconditions.CheckArgument(finest.Length == 0 || finest[0] >= 0, nameof(finestCells),
            $"Cell ({string.Join(", ", codeArray)}) names a negative finest cell.");
        return new PublicationCell(codeArray, count, denominator, finest);
    }

    /// <summary>Invariant description, e.g. <c>(03, 67-79): 4 over 12 finest cells</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"({string.Join(", ", Codes)}): {Count}{(Denominator is { } d ? $"/{d}" : "")} over {Finest.Length} finest cells");
}
