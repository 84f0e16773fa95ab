using System.Collections.ObjectModel;
using System.Globalization;

namespace Kpr.Core.Register;

/// <summary>
/// What validation did to a whole extract: rows read, accepted (of which corrected), rejected, duplicates, and the
/// issues. Every row read is in exactly one of accepted, rejected or duplicates:
/// <c>Accepted + Rejected + Duplicates == RowsRead</c>.
/// </summary>
/// <remarks>
/// <see cref="Issues"/> keeps the first issues in reading order up to a limit (so memory stays bounded on a huge
/// extract with a systematic fault); <see cref="IssueCount"/> and <see cref="CountByKind(IssueKind)"/> count all of them.
/// </remarks>
/// <threadsafety>Immutable.</threadsafety>
public sealed class ValidationSummary
{
    private readonly long[] _countsByKind;

    internal ValidationSummary(long rowsRead, long accepted, long corrected, long rejected, long duplicates,
        IReadOnlyList<ValidationIssue> issues, long issueCount, long[] countsByKind, bool stoppedEarly)
    {
        RowsRead = rowsRead;
        Accepted = accepted;
        Corrected = corrected;
        Rejected = rejected;
        Duplicates = duplicates;
        Issues = new ReadOnlyCollection<ValidationIssue>(issues.ToArray());
        IssueCount = issueCount;
        _countsByKind = countsByKind;
        StoppedEarly = stoppedEarly;
    }

    /// <summary>Rows read (data rows, not the header).</summary>
    public long RowsRead { get; }

    /// <summary>Rows in the register (including the corrected ones).</summary>
    public long Accepted { get; }

    /// <summary>Accepted rows that were corrected (each correction is an issue with <see cref="IssueSeverity.Correction"/>).</summary>
    public long Corrected { get; }

    /// <summary>Rows rejected (each has at least one issue with <see cref="IssueSeverity.Rejection"/>).</summary>
    public long Rejected { get; }

    /// <summary>Rows that repeat an identical decision already counted (counted once; reported as issues).</summary>
    public long Duplicates { get; }

    /// <summary>The first issues in the order found (at most the builder's limit), each with its origin.</summary>
    public IReadOnlyList<ValidationIssue> Issues { get; }

    /// <summary>The number of issues found, including those beyond the kept list.</summary>
    public long IssueCount { get; }

    /// <summary>Whether reading stopped before the end of the input (e.g. <c>--max-errors</c>).</summary>
    public bool StoppedEarly { get; }

    /// <summary>Whether <see cref="Issues"/> holds every issue found.</summary>
    public bool HasAllIssues => Issues.Count == IssueCount;

    /// <summary>The number of issues of one kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The count.</returns>
    public long CountByKind(IssueKind kind) => (uint)kind < (uint)_countsByKind.Length ? _countsByKind[(int)kind] : 0;

    /// <summary>Culture-invariant one-line summary.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"rows read {RowsRead}, accepted {Accepted}, corrected {Corrected}, rejected {Rejected}, duplicates {Duplicates}, issues {IssueCount}");
}
