using Kpr.Core.Register;

namespace Kpr.Core.Extracts;

/// <summary>One data row of an extract: the episode it holds, or the issues that made it unreadable.</summary>
public readonly struct ExtractRecord
{
    internal ExtractRecord(RecordOrigin origin, ServiceEpisode? episode, IReadOnlyList<ValidationIssue> issues)
    {
        Origin = origin;
        Episode = episode;
        Issues = issues;
    }

    /// <summary>File and line of the row (the header is line 1).</summary>
    public RecordOrigin Origin { get; }

    /// <summary>The episode as reported (not yet validated), or null when the row could not be read.</summary>
    public ServiceEpisode? Episode { get; }

    /// <summary>Why the row could not be read, or, when <see cref="Episode"/> is set, warnings about it (e.g. invisible
    /// characters removed).</summary>
    public IReadOnlyList<ValidationIssue> Issues { get; }
}
