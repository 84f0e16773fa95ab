using System.Globalization;

namespace Kpr.Core.Disclosure;

/// <summary>
/// A <see cref="Publication"/> after disclosure control: one status per figure, so a cell that appears in several
/// tables is shown in all or hidden in all. Produced by <see cref="PublicationProtector.Protect(Publication, ProtectionOptions)"/>.
/// </summary>
/// <remarks>Hidden cells print as <c>:</c> in text and CSV and as null with the flag <c>suppressed</c> in JSON; rates,
/// shares and intervals computed from a hidden count are hidden too (<see cref="PublishedValue.Ratio"/>). Immutable.</remarks>
public sealed class ProtectedPublication
{
    private readonly SuppressionReason[] _reasons;

    internal ProtectedPublication(Publication publication, ProtectionOptions options, SuppressionReason[] reasons, int rounds, int solves)
    {
        Publication = publication;
        Options = options;
        _reasons = reasons;
        Rounds = rounds;
        Solves = solves;
    }

    /// <summary>The publication with its true values (not for publication as such).</summary>
    public Publication Publication { get; }

    /// <summary>The options it was protected with.</summary>
    public ProtectionOptions Options { get; }

    /// <summary>The number of audit-and-repair rounds.</summary>
    public int Rounds { get; }

    /// <summary>The number of linear programmes solved while protecting.</summary>
    public int Solves { get; }

    /// <summary>Why cell <paramref name="cell"/> of table <paramref name="table"/> is hidden, or <see cref="SuppressionReason.None"/>.</summary>
    /// <param name="table">The table's position in <see cref="Publication.Tables"/>.</param>
    /// <param name="cell">The cell's position in the table.</param>
    /// <returns>The reason.</returns>
    public SuppressionReason ReasonAt(int table, int cell) => _reasons[Publication.FigureOf(table, cell)];

    /// <summary>Whether a cell is hidden.</summary>
    /// <param name="table">The table's position.</param>
    /// <param name="cell">The cell's position.</param>
    /// <returns>True when hidden.</returns>
    public bool IsHidden(int table, int cell) => ReasonAt(table, cell) != SuppressionReason.None;

    /// <summary>The status of a cell's count.</summary>
    /// <param name="table">The table's position.</param>
    /// <param name="cell">The cell's position.</param>
    /// <returns>Shown or suppressed.</returns>
    public CellStatus StatusAt(int table, int cell) => IsHidden(table, cell) ? CellStatus.Suppressed : CellStatus.Shown;

    /// <summary>The count as it may be published.</summary>
    /// <param name="table">The table's position.</param>
    /// <param name="cell">The cell's position.</param>
    /// <returns>The count, or suppressed.</returns>
    public PublishedValue PublishedCountAt(int table, int cell) =>
        PublishedValue.Of(Publication.Tables[table].Cells[cell].Count, StatusAt(table, cell));

    /// <summary>The number of distinct published figures hidden for a reason (a figure in two tables counts once).</summary>
    /// <param name="reason">The reason.</param>
    /// <returns>The number of figures.</returns>
    public int CountHidden(SuppressionReason reason) =>
        Enumerable.Range(0, _reasons.Length).Count(q => Publication.FigurePublished[q] && _reasons[q] == reason);

    /// <summary>The number of distinct published figures hidden for any reason.</summary>
    public int HiddenCount => Enumerable.Range(0, _reasons.Length).Count(q => Publication.FigurePublished[q] && _reasons[q] != SuppressionReason.None);

    /// <summary>The number of distinct published figures hidden by a primary rule.</summary>
    public int PrimaryCount => Enumerable.Range(0, _reasons.Length).Count(q => Publication.FigurePublished[q] && TableProtector.IsPrimary(_reasons[q]));

    /// <summary>The number of hidden cells summed over the tables (a figure in two tables counts twice).</summary>
    public int HiddenCellCount => Enumerable.Range(0, Publication.Tables.Count).Sum(t => Enumerable.Range(0, Publication.Tables[t].Cells.Count).Count(c => IsHidden(t, c)));

    /// <summary>Audits this pattern again by linear programming (safe for a publication produced by <see cref="PublicationProtector"/>).</summary>
    /// <returns>The report.</returns>
    public PublicationAuditReport Audit()
    {
        var hidden = _reasons.Select(r => r != SuppressionReason.None).ToArray();
        return PublicationAuditor.Audit(Publication, hidden, _reasons, Options);
    }

    /// <summary>Invariant summary.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"ProtectedPublication({Publication.Tables.Count} tables, {HiddenCount} hidden figures: {PrimaryCount} primary, {CountHidden(SuppressionReason.Series)} series, {CountHidden(SuppressionReason.Secondary)} secondary; {Rounds} rounds, {Solves} LPs)");
}
