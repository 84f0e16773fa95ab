using System.Collections.ObjectModel;
using System.Globalization;

namespace Kpr.Core.Disclosure;

/// <summary>
/// A <see cref="CountTable"/> after disclosure control: which cells are shown and why the others are hidden.
/// Produced by <see cref="TableProtector.Protect(CountTable, ProtectionOptions)"/>.
/// </summary>
/// <remarks>
/// <para>Hidden cells print as <c>:</c> in text and CSV (<see cref="FormatCountAt"/>) and as null with the flag
/// <c>suppressed</c> in JSON (<see cref="PublishedCountAt"/> and <see cref="CellStatusExtensions.JsonFlag"/>). Margins
/// are part of the table, so readers can check the sums of what is shown.</para>
/// <para>Rates and shares computed from a hidden count are hidden: use <see cref="RateAt"/> or
/// <see cref="PublishedValue.Ratio"/>. Immutable and thread-safe.</para>
/// </remarks>
public sealed class ProtectedTable
{
    private readonly SuppressionReason[] _reasons;

    internal ProtectedTable(CountTable table, ProtectionOptions options, SuppressionReason[] reasons, int rounds)
    {
        Table = table;
        Options = options;
        _reasons = reasons;
        Rounds = rounds;
        var hidden = new List<int>();
        for (var i = 0; i < reasons.Length; i++)
        {
            if (reasons[i] != SuppressionReason.None)
            {
                hidden.Add(i);
            }
        }
        HiddenCells = new ReadOnlyCollection<int>(hidden);
    }

    /// <summary>The table with its true values (not for publication as such).</summary>
    public CountTable Table { get; }

    /// <summary>The options the table was protected with.</summary>
    public ProtectionOptions Options { get; }

    /// <summary>The numbers of all hidden cells, in cell order.</summary>
    public IReadOnlyList<int> HiddenCells { get; }

    /// <summary>The number of audit-and-repair rounds secondary suppression needed (1 when the primary pattern was already safe).</summary>
    public int Rounds { get; }

    /// <summary>The number of cells hidden for a given reason.</summary>
    /// <param name="reason">The reason.</param>
    /// <returns>The count of cells.</returns>
    public int CountHidden(SuppressionReason reason) => _reasons.Count(r => r == reason);

    /// <summary>Why a cell is hidden, or <see cref="SuppressionReason.None"/>.</summary>
    /// <param name="cell">The cell number.</param>
    /// <returns>The reason.</returns>
    public SuppressionReason ReasonAt(int cell) => _reasons[cell];

    /// <summary>Whether a cell is hidden.</summary>
    /// <param name="cell">The cell number.</param>
    /// <returns>True when hidden.</returns>
    public bool IsHidden(int cell) => _reasons[cell] != SuppressionReason.None;

    /// <summary>Whether a cell is hidden by a primary rule (small count, zero, complement, denominator): the cells the
    /// protection interval applies to.</summary>
    /// <param name="cell">The cell number.</param>
    /// <returns>True when primary-hidden.</returns>
    public bool IsPrimary(int cell) => TableProtector.IsPrimary(_reasons[cell]);

    /// <summary>The status of a cell's count: <see cref="CellStatus.Shown"/> or <see cref="CellStatus.Suppressed"/>.</summary>
    /// <param name="cell">The cell number.</param>
    /// <returns>The status.</returns>
    public CellStatus StatusAt(int cell) => IsHidden(cell) ? CellStatus.Suppressed : CellStatus.Shown;

    /// <summary>The count as it may be published (suppressed when hidden).</summary>
    /// <param name="cell">The cell number.</param>
    /// <returns>The published count.</returns>
    public PublishedValue PublishedCountAt(int cell) => PublishedValue.Of(Table.CountAt(cell), StatusAt(cell));

    /// <summary>The count for text and CSV output: the number (invariant) or <c>:</c>.</summary>
    /// <param name="cell">The cell number.</param>
    /// <returns>The text.</returns>
    public string FormatCountAt(int cell) => StatusAt(cell).FormatCount(Table.CountAt(cell));

    /// <summary>
    /// <paramref name="scale"/> · count / denominator of a cell (e.g. per 1000 with 1000): suppressed when the count
    /// is hidden, not applicable when the denominator is zero. Denominators are treated as public.
    /// </summary>
    /// <param name="cell">The cell number.</param>
    /// <param name="scale">The multiplier.</param>
    /// <returns>The published rate.</returns>
    /// <exception cref="InvalidOperationException">The table has no denominators.</exception>
    public PublishedValue RateAt(int cell, double scale)
    {
        var denominator = Table.DenominatorAt(cell) ?? throw new InvalidOperationException("The table has no denominators.");
        return PublishedValue.Ratio(PublishedCountAt(cell), PublishedValue.Of(denominator), scale);
    }

    /// <summary>Audits this table's hidden cells: none may be determined, and primary cells need the protection interval.</summary>
    /// <returns>The report (safe for a table produced by <see cref="TableProtector"/>).</returns>
    public AuditReport Audit() =>
        DisclosureAuditor.Audit(Table, HiddenCells, HiddenCells.Where(IsPrimary), Options.ProtectionIntervalWidth);

    /// <summary>Invariant summary.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"ProtectedTable({Table.CellCount} cells, {HiddenCells.Count} hidden: {HiddenCells.Count(IsPrimary)} primary, {CountHidden(SuppressionReason.Series)} series, {CountHidden(SuppressionReason.Secondary)} secondary)");
}
