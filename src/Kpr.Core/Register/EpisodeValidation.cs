namespace Kpr.Core.Register;

/// <summary>
/// The result of validating one episode: the episode to keep (possibly corrected) or nothing when rejected, and the
/// issues found.
/// </summary>
/// <threadsafety>Immutable value type.</threadsafety>
public readonly struct EpisodeValidation
{
    private readonly IReadOnlyList<ValidationIssue>? _issues;

    internal EpisodeValidation(ServiceEpisode? accepted, IReadOnlyList<ValidationIssue> issues, bool corrected)
    {
        Accepted = accepted;
        _issues = issues;
        IsCorrected = corrected;
    }

    /// <summary>The episode to keep (after corrections), or null when rejected.</summary>
    public ServiceEpisode? Accepted { get; }

    /// <summary>The issues, in field order (never null; empty for a clean episode).</summary>
    public IReadOnlyList<ValidationIssue> Issues => _issues ?? [];

    /// <summary>Whether the episode was rejected.</summary>
    public bool IsRejected => Accepted is null;

    /// <summary>Whether the episode was kept after a correction.</summary>
    public bool IsCorrected { get; }
}
