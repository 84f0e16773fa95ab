namespace Kpr.Core.Register;

/// <summary>
/// One thing validation found in one record: its reason, what it did to the record, where it came from, and a
/// message for people. Messages never contain record contents (person ids, dates of a person), only field names
/// and catalogue values, so they can be logged.
/// </summary>
/// <threadsafety>Immutable.</threadsafety>
public sealed class ValidationIssue : IEquatable<ValidationIssue>
{
    /// <summary>Creates an issue.</summary>
    /// <param name="kind">The reason.</param>
    /// <param name="severity">What it did to the record.</param>
    /// <param name="origin">Where the record (and field) came from.</param>
    /// <param name="message">A message for people, without record contents.</param>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is null.</exception>
    public ValidationIssue(IssueKind kind, IssueSeverity severity, RecordOrigin origin, string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        Kind = kind;
        Severity = severity;
        Origin = origin;
        Message = message;
    }

    /// <summary>The reason.</summary>
    public IssueKind Kind { get; }

    /// <summary>What the issue did to the record.</summary>
    public IssueSeverity Severity { get; }

    /// <summary>Where the record (and field) came from.</summary>
    public RecordOrigin Origin { get; }

    /// <summary>The message, without record contents.</summary>
    public string Message { get; }

    /// <summary>The same issue with another origin (e.g. when a reader attaches the file and line).</summary>
    /// <param name="origin">The new origin.</param>
    /// <returns>The issue.</returns>
    public ValidationIssue WithOrigin(RecordOrigin origin) => new(Kind, Severity, origin, Message);

    /// <inheritdoc/>
    public bool Equals(ValidationIssue? other) =>
        other is not null && Kind == other.Kind && Severity == other.Severity && Origin == other.Origin
        && string.Equals(Message, other.Message, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ValidationIssue);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Severity, Origin, StringComparer.Ordinal.GetHashCode(Message));

    /// <summary>Culture-invariant text: <c>origin: severity: message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Origin}: {SeverityText(Severity)}: {Message}";

    private static string SeverityText(IssueSeverity severity) => severity switch
    {
        IssueSeverity.Rejection => "rejected",
        IssueSeverity.Correction => "corrected",
        IssueSeverity.Duplicate => "duplicate",
        _ => "warning",
    };
}
