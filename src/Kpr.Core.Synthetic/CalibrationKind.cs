namespace Kpr.Core.Synthetic;

/// <summary>How a <see cref="CalibrationFigure"/> is compared.</summary>
public enum CalibrationKind
{
    /// <summary>A level: within a relative tolerance (±5 % unless stated).</summary>
    Level,

    /// <summary>A change (percent or percentage points): within a tolerance in percentage points, with the right sign.</summary>
    Change,

    /// <summary>A shape: a stated condition (e.g. "below 2019 in about half the months").</summary>
    Shape,
}
