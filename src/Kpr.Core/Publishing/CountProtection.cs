using Kpr.Core.Aggregation;
using Kpr.Core.Disclosure;

namespace Kpr.Core.Publishing;

/// <summary>
/// How the counts behind a set of published tables are protected: given every count cube of the tables published
/// together and the rules, the reason each cell is hidden (<see cref="SuppressionReason.None"/> when shown). Values
/// derived from a count (rates, shares, intervals, changes) take the status of the counts they are computed from.
/// </summary>
/// <remarks>
/// <see cref="EachTableAlone"/> protects each cube on its own with <see cref="CubeProtection"/> (primary and secondary
/// suppression against all of the cube's margins). Protection of several tables as one publication, so that no
/// difference between tables gives a count away, plugs in here as another subclass.
/// </remarks>
public abstract class CountProtection
{
    /// <summary>Each count cube protected on its own (<see cref="CubeProtection.Protect"/>).</summary>
    public static CountProtection EachTableAlone { get; } = new Separately();

    /// <summary>The reason each cell of each cube is hidden.</summary>
    /// <param name="counts">The count cubes of every table published together, in order.</param>
    /// <param name="options">The rules (threshold N and so on).</param>
    /// <returns>One look-up per cube, in the same order: value ids (one per axis, <c>total</c> for a margin) → reason.</returns>
    public abstract IReadOnlyList<Func<IReadOnlyList<string>, SuppressionReason>> Protect(IReadOnlyList<Cube> counts, ProtectionOptions options);

    private sealed class Separately : CountProtection
    {
        public override IReadOnlyList<Func<IReadOnlyList<string>, SuppressionReason>> Protect(IReadOnlyList<Cube> counts, ProtectionOptions options)
        {
            ArgumentNullException.ThrowIfNull(counts);
            ArgumentNullException.ThrowIfNull(options);
            return [.. counts.Select(cube =>
            {
                var result = cube.Protect(options);
                return (Func<IReadOnlyList<string>, SuppressionReason>)(codes => result.ReasonAt(result.Table.CellIndex([.. codes])));
            })];
        }
    }
}
