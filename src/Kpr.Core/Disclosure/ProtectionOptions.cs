using System.Globalization;

namespace Kpr.Core.Disclosure;

/// <summary>
/// The rules <see cref="TableProtector"/> applies: the primary threshold N and its variants, the protection interval
/// demanded for hidden cells, and optional series suppression.
/// </summary>
/// <remarks>
/// <para><b>Primary rule.</b> A count from 1 to N−1 is hidden (<see cref="Threshold"/> = N). SSB's general policy gives
/// "færre enn 3" as an example (N = 3, <see cref="SsbExample"/>); SSB KOSTRA does not show KPR-based numbers below 5
/// (N = 5, <see cref="Kostra"/>). FHI's rule <c>teller ≤ PRIKK_T</c> is N = PRIKK_T + 1 with zeros hidden too.</para>
/// <para><b>Zeros</b> are shown unless <see cref="HideZeros"/> is set: a zero count says that nobody in the group has
/// the attribute, which KPR tables publish routinely. With <see cref="HideZeros"/> a zero count, a zero complement and
/// a zero denominator are hidden as well (FHI's "≤" rules).</para>
/// <para><b>Complement and denominator</b> (tables with denominators only): a cell is also hidden when
/// denominator − count is from 1 to <see cref="ComplementThreshold"/> − 1 (nearly everyone in the group has the
/// attribute), or the denominator is from 1 to <see cref="DenominatorThreshold"/> − 1. Both default to N; 0 turns a
/// rule off. Denominators are treated as public (population figures), so hiding the count also hides the complement.</para>
/// <para><b>Protection interval.</b> Every hidden cell must be undetermined by the shown cells and the table's sum
/// relations. In addition, for a primary-hidden cell the interval of values an intruder can derive (from shown cells,
/// sum relations and non-negativity) must be at least <see cref="ProtectionIntervalWidth"/> wide; the default N − 1
/// means the arithmetic may not narrow a small cell down more than "somewhere between 0 and N − 1" would.
/// 0 demands only that no hidden cell be exactly determined.</para>
/// <para>Immutable; the <c>With…</c> methods return modified copies.</para>
/// </remarks>
public sealed class ProtectionOptions
{
    private ProtectionOptions(int threshold, bool hideZeros, long complementThreshold, long denominatorThreshold,
        long protectionIntervalWidth, SeriesRule? series)
    {
        Threshold = threshold;
        HideZeros = hideZeros;
        ComplementThreshold = complementThreshold;
        DenominatorThreshold = denominatorThreshold;
        ProtectionIntervalWidth = protectionIntervalWidth;
        Series = series;
    }

    /// <summary>N: counts from 1 to N − 1 are hidden. 1 hides no positive count.</summary>
    public int Threshold { get; }

    /// <summary>Whether zero counts (and zero complements and denominators) are hidden too. Default false.</summary>
    public bool HideZeros { get; }

    /// <summary>Complements (denominator − count) from 1 to this − 1 are hidden; 0 = off. Default N.</summary>
    public long ComplementThreshold { get; }

    /// <summary>Denominators from 1 to this − 1 hide their cell; 0 = off. Default N.</summary>
    public long DenominatorThreshold { get; }

    /// <summary>The smallest width (upper − lower bound) an intruder's interval for a primary-hidden cell may have. Default N − 1.</summary>
    public long ProtectionIntervalWidth { get; }

    /// <summary>Series suppression, or null for none (the default).</summary>
    public SeriesRule? Series { get; }

    /// <summary>SSB's example threshold: fewer than 3 is hidden (N = 3).</summary>
    public static ProtectionOptions SsbExample => Create(3);

    /// <summary>KOSTRA's rule for KPR-based numbers: lower than 5 is not shown (N = 5).</summary>
    public static ProtectionOptions Kostra => Create(5);

    /// <summary>Options with threshold N and the defaults described on the type.</summary>
    /// <param name="threshold">N (at least 1).</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is below 1.</exception>
    public static ProtectionOptions Create(int threshold)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threshold, 1);
        return new ProtectionOptions(threshold, false, threshold, threshold, threshold - 1, null);
    }

    /// <summary>A copy that hides (or shows) zeros.</summary>
    /// <param name="hideZeros">Whether to hide zeros.</param>
    /// <returns>The copy.</returns>
    public ProtectionOptions WithHideZeros(bool hideZeros) =>
        new(Threshold, hideZeros, ComplementThreshold, DenominatorThreshold, ProtectionIntervalWidth, Series);

    /// <summary>A copy with another complement threshold (0 = off).</summary>
    /// <param name="complementThreshold">The threshold.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public ProtectionOptions WithComplementThreshold(long complementThreshold)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(complementThreshold);
        return new(Threshold, HideZeros, complementThreshold, DenominatorThreshold, ProtectionIntervalWidth, Series);
    }

    /// <summary>A copy with another denominator threshold (0 = off).</summary>
    /// <param name="denominatorThreshold">The threshold.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public ProtectionOptions WithDenominatorThreshold(long denominatorThreshold)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(denominatorThreshold);
        return new(Threshold, HideZeros, ComplementThreshold, denominatorThreshold, ProtectionIntervalWidth, Series);
    }

    /// <summary>A copy with another protection interval width (0 = only exact determination is prevented).</summary>
    /// <param name="width">The width.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public ProtectionOptions WithProtectionIntervalWidth(long width)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(width);
        return new(Threshold, HideZeros, ComplementThreshold, DenominatorThreshold, width, Series);
    }

    /// <summary>A copy with series suppression (null turns it off).</summary>
    /// <param name="series">The series rule.</param>
    /// <returns>The copy.</returns>
    public ProtectionOptions WithSeries(SeriesRule? series) =>
        new(Threshold, HideZeros, ComplementThreshold, DenominatorThreshold, ProtectionIntervalWidth, series);

    /// <summary>The primary reason to hide a cell with this count and denominator, or <see cref="SuppressionReason.None"/>.</summary>
    /// <param name="count">The count.</param>
    /// <param name="denominator">The denominator, or null.</param>
    /// <returns>The reason.</returns>
    public SuppressionReason PrimaryReason(long count, long? denominator)
    {
        if (count == 0 && HideZeros)
        {
            return SuppressionReason.Zero;
        }
        if (count >= 1 && count < Threshold)
        {
            return SuppressionReason.SmallCount;
        }
        if (denominator is { } n)
        {
            if (n < DenominatorThreshold && (n >= 1 || HideZeros))
            {
                return SuppressionReason.SmallDenominator;
            }
            var complement = n - count;
            if (count >= 1 && complement < ComplementThreshold && (complement >= 1 || HideZeros))
            {
                return SuppressionReason.SmallComplement;
            }
        }
        return SuppressionReason.None;
    }

    /// <summary>Invariant description.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"ProtectionOptions(N={Threshold}, zeros {(HideZeros ? "hidden" : "shown")}, complement<{ComplementThreshold}, denominator<{DenominatorThreshold}, interval>={ProtectionIntervalWidth}{(Series is null ? "" : ", " + Series)})");
}
