using System.Globalization;

namespace Kpr.Core.Disclosure;

/// <summary>One hidden cell that the audit found exposed: its address, how, and the interval an intruder can derive.</summary>
/// <remarks>Immutable. <see cref="Upper"/> is null when no finite upper bound was found.</remarks>
public sealed class AuditFinding
{
    internal AuditFinding(int cell, IReadOnlyList<string> codes, ExposureKind kind, long lower, long? upper)
    {
        Cell = cell;
        Codes = codes;
        Kind = kind;
        Lower = lower;
        Upper = upper;
    }

    /// <summary>The cell number in the table.</summary>
    public int Cell { get; }

    /// <summary>The cell's category codes, one per dimension.</summary>
    public IReadOnlyList<string> Codes { get; }

    /// <summary>Whether the value is determined or only narrowly bounded.</summary>
    public ExposureKind Kind { get; }

    /// <summary>The lowest value consistent with what is shown (the value itself when determined).</summary>
    public long Lower { get; }

    /// <summary>The highest value consistent with what is shown, or null if unbounded.</summary>
    public long? Upper { get; }

    /// <summary>Invariant description, e.g. <c>(03, 0-17, 1): determined [2, 2]</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"({string.Join(", ", Codes)}): {(Kind == ExposureKind.Determined ? "determined" : "narrow interval")} [{Lower}, {(Upper is { } u ? u.ToString(CultureInfo.InvariantCulture) : "inf")}]");
}
