using Kpr.Core.Aggregation;

namespace Kpr.Core.Disclosure;

/// <summary>
/// Protects the tables the aggregation core produces in one call: a <see cref="Cube"/> becomes a
/// <see cref="CountTable"/> with one <see cref="TableDimension"/> per axis (its <c>total</c> margin included),
/// which <see cref="TableProtector"/> then protects against every sum relation of the cube at once.
/// </summary>
/// <remarks>
/// In a cube of distinct persons, a service axis (<c>service_code</c>, <c>service_group</c> or another grouping)
/// is not additive: a person with services in two groups counts once in the total. The axis says so itself
/// (<see cref="CubeAxis.IsAdditive"/>, from <see cref="Dimension.IsAdditive"/>), so no false sum relation is assumed
/// (or published). Every other axis of a person cube, and every
/// axis of a cube of services, is additive: each person or service has exactly one value on it.
/// </remarks>
public static class CubeProtection
{
    /// <summary>The cube as a table of counts, axis by axis, with the cube's margins as totals.</summary>
    /// <param name="cube">The cube.</param>
    /// <param name="nonAdditiveAxes">Axes whose total is not the sum of their values; null for the default
    /// (the axes with <see cref="CubeAxis.IsAdditive"/> false in a distinct-person cube, none in a cube of services).</param>
    /// <returns>The table; its cell codes are the cube's value ids and <c>total</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cube"/> is null.</exception>
    public static CountTable ToCountTable(this Cube cube, IEnumerable<string>? nonAdditiveAxes = null)
    {
        ArgumentNullException.ThrowIfNull(cube);
        var nonAdditive = (nonAdditiveAxes ?? (cube.Kind == CountKind.DistinctPersons ? cube.Axes.Where(a => !a.IsAdditive).Select(a => a.Name) : []))
            .ToHashSet(StringComparer.Ordinal);
        var dimensions = cube.Axes.Select(axis =>
        {
            var dimension = TableDimension.WithTotal(axis.Name, CubeAxis.Total, [.. axis.Values]);
            return nonAdditive.Contains(axis.Name) ? dimension.AsNonAdditive() : dimension;
        }).ToList();
        return CountTable.FromCells(dimensions, codes => cube.Count([.. codes]));
    }

    /// <summary>Protects a cube: primary suppression of small counts, then secondary suppression audited against
    /// all of the cube's sum relations.</summary>
    /// <param name="cube">The cube.</param>
    /// <param name="options">The rules (threshold N and so on).</param>
    /// <param name="nonAdditiveAxes">See <see cref="ToCountTable"/>.</param>
    /// <returns>The protected table; look cells up with <c>Table.CellIndex(valueIds)</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cube"/> or <paramref name="options"/> is null.</exception>
    public static ProtectedTable Protect(this Cube cube, ProtectionOptions options, IEnumerable<string>? nonAdditiveAxes = null)
    {
        ArgumentNullException.ThrowIfNull(cube);
        ArgumentNullException.ThrowIfNull(options);
        return TableProtector.Protect(cube.ToCountTable(nonAdditiveAxes), options);
    }
}
