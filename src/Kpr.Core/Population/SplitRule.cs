namespace Kpr.Core.Population;

/// <summary>How to place a single record whose municipality was divided between several codes of the target structure
/// (see <see cref="PopulationTable.HarmoniseRecord"/>).</summary>
public enum SplitRule
{
    /// <summary>Do not guess: an ambiguous mapping gives no code (the caller reports the record or supplies the code).</summary>
    Reject = 1,

    /// <summary>Take the target code with the largest population-weight share for the record's age band and sex
    /// (a best guess, right for most residents of the divided area, wrong for the others).</summary>
    LargestShare = 2,
}
