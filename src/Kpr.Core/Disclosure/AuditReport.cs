using System.Globalization;

namespace Kpr.Core.Disclosure;

/// <summary>The result of <see cref="DisclosureAuditor.Audit(CountTable, IEnumerable{int}, long)"/>: every hidden cell that is exposed.</summary>
/// <remarks>Immutable.</remarks>
public sealed class AuditReport
{
    internal AuditReport(int hiddenCount, IReadOnlyList<AuditFinding> findings, long protectionIntervalWidth)
    {
        HiddenCount = hiddenCount;
        Findings = findings;
        ProtectionIntervalWidth = protectionIntervalWidth;
    }

    /// <summary>The number of hidden cells audited.</summary>
    public int HiddenCount { get; }

    /// <summary>The exposed hidden cells, in cell order.</summary>
    public IReadOnlyList<AuditFinding> Findings { get; }

    /// <summary>The protection interval width the audit demanded.</summary>
    public long ProtectionIntervalWidth { get; }

    /// <summary>Whether no hidden cell is determined or narrowly bounded.</summary>
    public bool IsSafe => Findings.Count == 0;

    /// <summary>The determined hidden cells only.</summary>
    public IEnumerable<AuditFinding> Determined => Findings.Where(f => f.Kind == ExposureKind.Determined);

    /// <summary>Invariant summary.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"AuditReport({HiddenCount} hidden, {Determined.Count()} determined, {Findings.Count(f => f.Kind == ExposureKind.NarrowInterval)} narrow)");
}
