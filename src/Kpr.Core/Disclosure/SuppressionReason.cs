namespace Kpr.Core.Disclosure;

/// <summary>Why a cell of a <see cref="ProtectedTable"/> is hidden (or <see cref="None"/> when it is shown).</summary>
public enum SuppressionReason
{
    /// <summary>The cell is shown.</summary>
    None = 0,

    /// <summary>Primary: the count is from 1 to N−1.</summary>
    SmallCount = 1,

    /// <summary>Primary: the count is zero and the options hide zeros.</summary>
    Zero = 2,

    /// <summary>Primary: the complement (denominator − count) is small, so nearly everyone in the group has the attribute.</summary>
    SmallComplement = 3,

    /// <summary>Primary: the denominator itself is small.</summary>
    SmallDenominator = 4,

    /// <summary>The cell belongs to a time series in which too large a share of points are hidden or weak.</summary>
    Series = 5,

    /// <summary>Secondary: hidden so that another hidden cell cannot be worked out from the shown cells and margins.</summary>
    Secondary = 6,

    /// <summary>Hidden by the caller (e.g. a cell already hidden in an earlier publication).</summary>
    Requested = 7,
}
