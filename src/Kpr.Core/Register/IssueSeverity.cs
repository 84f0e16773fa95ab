namespace Kpr.Core.Register;

/// <summary>What a validation issue did to its record. Every issue says so: nothing is dropped or changed silently.</summary>
public enum IssueSeverity
{
    /// <summary>The record was kept unchanged; the issue is worth a look.</summary>
    Warning = 0,

    /// <summary>The record was kept after a documented correction (e.g. service code 12/13 recoded to 29).</summary>
    Correction = 1,

    /// <summary>The record repeats an identical decision that is already counted; it is counted once.</summary>
    Duplicate = 2,

    /// <summary>The record was rejected and is not in the register.</summary>
    Rejection = 3,
}
