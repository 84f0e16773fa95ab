using System.Globalization;

namespace Kpr.Core.Disclosure;

/// <summary>One figure of a publication that the audit found exposed: where it is, how, and the interval an intruder
/// can derive.</summary>
/// <remarks>Immutable. <see cref="Upper"/> is null when no finite upper bound exists.</remarks>
public sealed class PublicationFinding
{
    internal PublicationFinding(string? table, IReadOnlyList<string> codes, ExposureKind kind, long lower, long? upper)
    {
        Table = table;
        Codes = codes;
        Kind = kind;
        Lower = lower;
        Upper = upper;
    }

    /// <summary>The first table showing the figure, or null for an unpublished cell.</summary>
    public string? Table { get; }

    /// <summary>The figure's codes in that table (or the unpublished cell's codes).</summary>
    public IReadOnlyList<string> Codes { get; }

    /// <summary>Determined exactly, or only narrowly bounded.</summary>
    public ExposureKind Kind { get; }

    /// <summary>The lowest value consistent with what is published and the rules.</summary>
    public long Lower { get; }

    /// <summary>The highest value consistent with what is published and the rules, or null if unbounded.</summary>
    public long? Upper { get; }

    /// <summary>Invariant description, e.g. <c>by_age (50-66): determined [1, 1]</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Table ?? "unpublished"} ({string.Join(", ", Codes)}): {(Kind == ExposureKind.Determined ? "determined" : "narrow interval")} [{Lower}, {(Upper is { } u ? u.ToString(CultureInfo.InvariantCulture) : "inf")}]");
}
