using System.Globalization;

namespace Kpr.Core.Disclosure;

/// <summary>The result of auditing a publication by linear programming: every exposed figure with its interval.</summary>
/// <remarks>Immutable.</remarks>
public sealed class PublicationAuditReport
{
    internal PublicationAuditReport(int hiddenCount, int sensitiveUnpublished, IReadOnlyList<PublicationFinding> findings, long width, int solves)
    {
        HiddenCount = hiddenCount;
        SensitiveUnpublishedCount = sensitiveUnpublished;
        Findings = findings;
        ProtectionIntervalWidth = width;
        Solves = solves;
    }

    /// <summary>The number of hidden figures audited.</summary>
    public int HiddenCount { get; }

    /// <summary>The number of small unpublished cells audited (e.g. single ages between two band sets).</summary>
    public int SensitiveUnpublishedCount { get; }

    /// <summary>The exposed figures.</summary>
    public IReadOnlyList<PublicationFinding> Findings { get; }

    /// <summary>The interval width demanded for small (primary or unpublished small) figures.</summary>
    public long ProtectionIntervalWidth { get; }

    /// <summary>The number of linear programmes solved.</summary>
    public int Solves { get; }

    /// <summary>Whether nothing is exposed.</summary>
    public bool IsSafe => Findings.Count == 0;

    /// <summary>The figures determined exactly.</summary>
    public IEnumerable<PublicationFinding> Determined => Findings.Where(f => f.Kind == ExposureKind.Determined);

    /// <summary>Invariant summary.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"PublicationAuditReport({HiddenCount} hidden, {SensitiveUnpublishedCount} small unpublished, {Determined.Count()} determined, {Findings.Count(f => f.Kind == ExposureKind.NarrowInterval)} narrow, {Solves} LPs)");
}
