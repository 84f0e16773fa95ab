namespace Kpr.Core.Disclosure;

/// <summary>How a hidden cell is given away by what is shown.</summary>
public enum ExposureKind
{
    /// <summary>The shown cells and the table's sum relations fix the hidden value exactly.</summary>
    Determined = 0,

    /// <summary>The value is not fixed, but the interval an intruder can derive is narrower than the protection interval.</summary>
    NarrowInterval = 1,
}
