using System.Globalization;
using Kpr.Core.Internal;

namespace Kpr.Core.Disclosure;

/// <summary>
/// Series suppression ("serieprikking", FHI): a whole time series is hidden when more than
/// <see cref="MaxHiddenShare"/> of its points are hidden by the primary rule, or more than <see cref="MaxWeakShare"/>
/// are weak (count below <see cref="WeakBelow"/>).
/// </summary>
/// <remarks>
/// A series is one line of the table along <see cref="Dimension"/> (its leaf categories; a total of that dimension is
/// not a point of the series), all other categories fixed. Shares are compared with "more than", as FHI's
/// <c>anon_hullandel</c> / <c>anon_svakandel</c>. Immutable.
/// </remarks>
public sealed class SeriesRule
{
    private SeriesRule(string dimension, double maxHiddenShare, double maxWeakShare, long weakBelow)
    {
        Dimension = dimension;
        MaxHiddenShare = maxHiddenShare;
        MaxWeakShare = maxWeakShare;
        WeakBelow = weakBelow;
    }

    /// <summary>The name of the time dimension (e.g. <c>year</c>).</summary>
    public string Dimension { get; }

    /// <summary>The largest share of primary-hidden points a shown series may have.</summary>
    public double MaxHiddenShare { get; }

    /// <summary>The largest share of weak points a shown series may have.</summary>
    public double MaxWeakShare { get; }

    /// <summary>A point is weak when its count is below this (FHI: teller ≤ STATTOL_T, i.e. WeakBelow = STATTOL_T + 1).</summary>
    public long WeakBelow { get; }

    /// <summary>A series rule with explicit shares.</summary>
    /// <param name="dimension">The name of the time dimension.</param>
    /// <param name="maxHiddenShare">Largest share of primary-hidden points (0..1).</param>
    /// <param name="maxWeakShare">Largest share of weak points (0..1).</param>
    /// <param name="weakBelow">Counts below this are weak (0 turns the weak rule off).</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dimension"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A share outside 0..1 or a negative <paramref name="weakBelow"/>.</exception>
    public static SeriesRule Create(string dimension, double maxHiddenShare, double maxWeakShare, long weakBelow)
    {
        ArgumentNullException.ThrowIfNull(dimension);
        if (!(maxHiddenShare >= 0 && maxHiddenShare <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(maxHiddenShare), maxHiddenShare, "A share must be in [0, 1].");
        }
        if (!(maxWeakShare >= 0 && maxWeakShare <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(maxWeakShare), maxWeakShare, "A share must be in [0, 1].");
        }
        Preconditions.CheckRange(weakBelow, 0, long.MaxValue);
        return new SeriesRule(dimension, maxHiddenShare, maxWeakShare, weakBelow);
    }

    /// <summary>
    /// FHI's historic hard-coded shares (khfunctions): a series is hidden when more than 0.2 of its points are
    /// primary-hidden or more than 0.5 are weak. FHI sets the weak limit per cube; it is not published for KPR,
    /// so the caller gives it.
    /// </summary>
    /// <param name="dimension">The name of the time dimension.</param>
    /// <param name="weakBelow">Counts below this are weak.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dimension"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weakBelow"/> is negative.</exception>
    public static SeriesRule FhiHistoric(string dimension, long weakBelow) => Create(dimension, 0.2, 0.5, weakBelow);

    /// <summary>Invariant description.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"SeriesRule({Dimension}: hidden > {MaxHiddenShare} or weak (< {WeakBelow}) > {MaxWeakShare})");
}
