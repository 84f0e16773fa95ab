using System.Globalization;

namespace Kpr.Core.Disclosure;

/// <summary>Symbols, JSON flags, formatting and propagation for <see cref="CellStatus"/>.</summary>
public static class CellStatusExtensions
{
    /// <summary>The SSB symbol of a status: empty for <see cref="CellStatus.Shown"/>, <c>:</c>, <c>.</c> or <c>..</c>.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The symbol shown in text and CSV output instead of the value.</returns>
    public static string Symbol(this CellStatus status) => status switch
    {
        CellStatus.Suppressed => ":",
        CellStatus.NotApplicable => ".",
        CellStatus.Missing => "..",
        _ => "",
    };

    /// <summary>
    /// The flag written next to a null value in JSON output: <c>suppressed</c>, <c>not-applicable</c>, <c>missing</c>,
    /// or null for a shown value (no flag).
    /// </summary>
    /// <param name="status">The status.</param>
    /// <returns>The flag or null.</returns>
    public static string? JsonFlag(this CellStatus status) => status switch
    {
        CellStatus.Suppressed => "suppressed",
        CellStatus.NotApplicable => "not-applicable",
        CellStatus.Missing => "missing",
        _ => null,
    };

    /// <summary>
    /// The status of a value computed from two others (a rate from a count and a denominator, a change from two
    /// years): the more severe one, so anything computed from a suppressed count is suppressed.
    /// </summary>
    /// <param name="status">The first input's status.</param>
    /// <param name="other">The second input's status.</param>
    /// <returns>The combined status.</returns>
    public static CellStatus Combine(this CellStatus status, CellStatus other) => (CellStatus)Math.Max((int)status, (int)other);

    /// <summary>Whether a value with this status is printed as a number.</summary>
    /// <param name="status">The status.</param>
    /// <returns>True for <see cref="CellStatus.Shown"/>.</returns>
    public static bool IsShown(this CellStatus status) => status == CellStatus.Shown;

    /// <summary>Invariant text of a count for text and CSV output: the number when shown, else the status symbol.</summary>
    /// <param name="status">The cell's status.</param>
    /// <param name="value">The count.</param>
    /// <returns>E.g. <c>42</c> or <c>:</c>.</returns>
    public static string FormatCount(this CellStatus status, long value) =>
        status == CellStatus.Shown ? value.ToString(CultureInfo.InvariantCulture) : status.Symbol();

    /// <summary>Text of a value (rate, share, change) for output: formatted when shown, else the status symbol.</summary>
    /// <param name="status">The value's status.</param>
    /// <param name="value">The value.</param>
    /// <param name="format">A numeric format string such as <c>F1</c>, or null.</param>
    /// <param name="provider">The culture (use the invariant culture for CSV; nb-NO for display), or null for invariant.</param>
    /// <returns>The formatted value or the symbol.</returns>
    public static string FormatValue(this CellStatus status, double value, string? format = null, IFormatProvider? provider = null) =>
        status == CellStatus.Shown ? value.ToString(format, provider ?? CultureInfo.InvariantCulture) : status.Symbol();
}
