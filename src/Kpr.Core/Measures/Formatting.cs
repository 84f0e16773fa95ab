using System.Globalization;

namespace Kpr.Core.Measures;

/// <summary>Shared text helpers for the measures: presentation rounding and culture-aware numbers.</summary>
internal static class Formatting
{
    /// <summary>True when the culture writes decimals with a comma (then interval limits are separated by ';').</summary>
    public static bool UsesDecimalComma(IFormatProvider provider) =>
        NumberFormatInfo.GetInstance(provider).NumberDecimalSeparator == ",";

    /// <summary>
    /// Parses an <see cref="IFormattable"/> format string: null/empty/"G" → <paramref name="defaultDecimals"/>;
    /// "F2", "N2" or "2" → 2 decimals; "R" → full round-trip precision (returns -1).
    /// </summary>
    public static int Decimals(string? format, int defaultDecimals)
    {
        if (string.IsNullOrEmpty(format) || format is "G" or "g")
        {
            return defaultDecimals;
        }
        if (format is "R" or "r")
        {
            return -1;
        }
        var digits = format[0] is 'F' or 'f' or 'N' or 'n' ? format.AsSpan(1) : format.AsSpan();
        if (int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var decimals) && decimals <= 15)
        {
            return decimals;
        }
        throw new FormatException($"Unknown format '{format}': use G, R, or F<n>/N<n>/<n> for n decimals (0–15).");
    }

    /// <summary>A number rounded half away from zero to <paramref name="decimals"/> (or round-trip when -1), without
    /// digit grouping, in the provider's culture.</summary>
    public static string Number(double value, int decimals, IFormatProvider provider)
    {
        if (double.IsNaN(value))
        {
            return "NA";
        }
        if (decimals < 0)
        {
            return value.ToString("R", provider);
        }
        var rounded = PresentationRounding.Round(value, decimals);
        return rounded.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), provider);
    }

    /// <summary>An integer count or population, without digit grouping.</summary>
    public static string Count(double value, IFormatProvider provider) =>
        double.IsNaN(value) ? "NA" : value.ToString("0.##########", provider);

    /// <summary>"[lower, upper]" (invariant) or "[lower; upper]" (decimal-comma cultures).</summary>
    public static string Interval(ConfidenceInterval interval, int decimals, IFormatProvider provider) =>
        "[" + Number(interval.Lower, decimals, provider) + (UsesDecimalComma(provider) ? "; " : ", ")
        + Number(interval.Upper, decimals, provider) + "]";

    /// <summary>The unit text for a multiplier: " %" for 100, " per 1000" otherwise, "" for 1.</summary>
    public static string PerText(double per, IFormatProvider provider) => per switch
    {
        1 => "",
        100 => UsesDecimalComma(provider) ? "\u00A0%" : " %",
        _ => " per " + Count(per, provider),
    };
}
