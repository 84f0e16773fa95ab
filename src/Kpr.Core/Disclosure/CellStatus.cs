namespace Kpr.Core.Disclosure;

/// <summary>
/// What a published cell shows, with SSB's standard symbols ("Standardtegn i tabeller"): a value, <c>:</c>
/// (cannot be published), <c>.</c> (cannot occur / not computable) or <c>..</c> (missing).
/// </summary>
/// <remarks>
/// Statuses propagate to values computed from a cell (rates, shares, changes) through
/// <see cref="CellStatusExtensions.Combine"/>: a value computed from a suppressed count is suppressed too.
/// The numeric order is the order of precedence when combining (higher wins).
/// </remarks>
public enum CellStatus
{
    /// <summary>The value is shown.</summary>
    Shown = 0,

    /// <summary>The value cannot occur or cannot be computed (e.g. a rate with a zero denominator); symbol <c>.</c>.</summary>
    NotApplicable = 1,

    /// <summary>The value is missing (not available); symbol <c>..</c>.</summary>
    Missing = 2,

    /// <summary>The value cannot be published (disclosure control, "prikket"); symbol <c>:</c>.</summary>
    Suppressed = 3,
}
