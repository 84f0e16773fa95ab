using System.Globalization;
using MathNet.Numerics.Distributions;

namespace Kpr.Core.Measures;

/// <summary>
/// A two-sided confidence level strictly between 0 and 1, such as 0.95 (95 %) or 0.998 (99.8 %).
/// </summary>
/// <remarks>
/// <para>Equality is exact equality of the level as a <see cref="double"/>; the <c>default</c> value is 95 %, so an
/// uninitialised field never carries a meaningless level.</para>
/// <para>The normal quantile <see cref="Z"/> is <c>Φ⁻¹(1 − α/2)</c> with <c>α = 1 − level</c>, from MathNet.Numerics.</para>
/// <para>Thread safety: immutable value type.</para>
/// </remarks>
public readonly struct ConfidenceLevel : IEquatable<ConfidenceLevel>, IFormattable
{
    // Stored as offsets from the 95 % values so that default(ConfidenceLevel) is 95 %; z is computed once here
    // because every interval needs it and the inverse normal CDF is not free.
    private static readonly double Z95 = Normal.InvCDF(0, 1, 0.975);
    private readonly double _offsetFrom95;
    private readonly double _zOffset;

    private ConfidenceLevel(double level)
    {
        _offsetFrom95 = level - 0.95;
        _zOffset = Normal.InvCDF(0, 1, level + (1 - level) / 2) - Z95;
    }

    /// <summary>95 %: the usual level for published intervals.</summary>
    public static ConfidenceLevel Percent95 => default;

    /// <summary>99.8 %: the level used for funnel-plot control limits ("3 sigma").</summary>
    public static ConfidenceLevel Percent99_8 { get; } = new(0.998);

    /// <summary>The level as a fraction in (0, 1).</summary>
    public double Value => _offsetFrom95 + 0.95;

    /// <summary>The level in percent, e.g. 95.</summary>
    public double Percent => Value * 100;

    /// <summary>α = 1 − level, the total probability outside the interval.</summary>
    public double Alpha => 1 - Value;

    /// <summary>The standard normal quantile Φ⁻¹(1 − α/2), e.g. 1.959964 for 95 %.</summary>
    public double Z => _zOffset + Z95;

    /// <summary>Creates a level from a fraction strictly between 0 and 1 (e.g. 0.95).</summary>
    /// <param name="level">The level, e.g. 0.95 or 0.998.</param>
    /// <returns>The level.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The level is not strictly between 0 and 1 (a percentage such as 95
    /// must go through <see cref="FromPercent"/>).</exception>
    public static ConfidenceLevel Create(double level)
    {
        if (!(level > 0 && level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level,
                "A confidence level must be strictly between 0 and 1 (e.g. 0.95); use FromPercent for 95.");
        }
        return level == 0.95 ? default : new ConfidenceLevel(level);
    }

    /// <summary>Creates a level from a percentage strictly between 0 and 100 (e.g. 99.8).</summary>
    /// <param name="percent">The level in percent.</param>
    /// <returns>The level.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The percentage is not strictly between 0 and 100.</exception>
    public static ConfidenceLevel FromPercent(double percent)
    {
        if (!(percent > 0 && percent < 100))
        {
            throw new ArgumentOutOfRangeException(nameof(percent), percent, "A confidence level in percent must be strictly between 0 and 100.");
        }
        return Create(percent / 100);
    }

    /// <summary>Converts a fraction such as 0.95 to a level (see <see cref="Create"/>).</summary>
    /// <param name="level">The level as a fraction.</param>
    public static implicit operator ConfidenceLevel(double level) => Create(level);

    /// <summary>Same as the implicit conversion from <see cref="double"/>.</summary>
    /// <param name="level">The level as a fraction.</param>
    /// <returns>The level.</returns>
    public static ConfidenceLevel FromDouble(double level) => Create(level);

    /// <inheritdoc />
    public bool Equals(ConfidenceLevel other) => Value.Equals(other.Value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ConfidenceLevel other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value.GetHashCode();

    /// <summary>Exact equality of the levels.</summary>
    /// <param name="left">The first level.</param>
    /// <param name="right">The second level.</param>
    public static bool operator ==(ConfidenceLevel left, ConfidenceLevel right) => left.Equals(right);

    /// <summary>Exact inequality of the levels.</summary>
    /// <param name="left">The first level.</param>
    /// <param name="right">The second level.</param>
    public static bool operator !=(ConfidenceLevel left, ConfidenceLevel right) => !left.Equals(right);

    /// <summary>The level in percent, invariant, e.g. <c>95%</c> or <c>99.8%</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <summary>The level in percent formatted with <paramref name="formatProvider"/> (e.g. <c>99,8 %</c> for nb-NO).</summary>
    /// <param name="format">Ignored; the percentage is shown with as many decimals as it has (up to 10).</param>
    /// <param name="formatProvider">The culture; invariant when null.</param>
    /// <returns>The text.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var provider = formatProvider ?? CultureInfo.InvariantCulture;
        var number = Math.Round(Percent, 10).ToString("0.##########", provider);
        return Formatting.UsesDecimalComma(provider) ? number + "\u00A0%" : number + "%";
    }
}
