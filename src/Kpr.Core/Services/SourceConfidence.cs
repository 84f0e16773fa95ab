namespace Kpr.Core.Services;

/// <summary>How firmly a catalogue fact rests on its sources (the <c>confidence</c> column of service_codes.csv).</summary>
public enum SourceConfidence
{
    /// <summary>Stated verbatim by an official source.</summary>
    High,

    /// <summary>Official but indirect or partial (e.g. a group inferred by analogy).</summary>
    Medium,

    /// <summary>Third-party or inferred.</summary>
    Low,
}
