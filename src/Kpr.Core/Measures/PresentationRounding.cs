using System.Globalization;

namespace Kpr.Core.Measures;

/// <summary>
/// Rounding for presentation only: half away from zero, to a number of decimals, applied to the shortest
/// round-trip decimal text of the value (so 2.675 rounds to 2.68 as a reader of "2.675" expects, although the
/// binary double is slightly below 2.675).
/// </summary>
/// <remarks>
/// Measures never round internally: values, differences and intervals are computed from unrounded inputs, and
/// rounding happens only here, when a number is shown. Rounding a sum is not the sum of the rounded parts.
/// </remarks>
public static class PresentationRounding
{
    /// <summary>Rounds half away from zero to <paramref name="decimals"/> decimals.</summary>
    /// <param name="value">The value; NaN and infinities are returned unchanged.</param>
    /// <param name="decimals">Number of decimals, 0–15.</param>
    /// <returns>The rounded value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0–15.</exception>
    public static double Round(double value, int decimals)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 15);
        if (!double.IsFinite(value))
        {
            return value;
        }
        // Outside decimal's range (or with more digits than it can hold), the double rounding is as good as any.
        if (Math.Abs(value) >= 7.9e27 || Math.Abs(value) < 1e-28)
        {
            return Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        }
        var shortest = decimal.Parse(value.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
        return (double)Math.Round(shortest, decimals, MidpointRounding.AwayFromZero);
    }
}
