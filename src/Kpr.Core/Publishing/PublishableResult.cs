using System.Collections.Immutable;
using Kpr.Core.Aggregation;

namespace Kpr.Core.Publishing;

/// <summary>
/// A query result on its way to publication: its tidy table, the count cubes its figures are computed from (their
/// denominators included), and for each measure cell the count cells it depends on. Made from a <see cref="Cube"/>,
/// <see cref="RateTable"/>, <see cref="ShareTable"/> or <see cref="MonthlyComparison"/> (implicitly).
/// </summary>
public sealed class PublishableResult
{
    internal PublishableResult(string title, ResultTable table, ImmutableArray<Cube> counts, ImmutableArray<int?> decimals,
        ImmutableArray<string> notes, Func<ImmutableArray<object?>, int, IEnumerable<(int Count, string[] Codes)>> dependsOn)
    {
        Title = title;
        Table = table;
        Counts = counts;
        Decimals = decimals;
        Notes = notes;
        DependsOn = dependsOn;
    }

    /// <summary>What the table shows.</summary>
    public string Title { get; }

    /// <summary>The unprotected tidy table.</summary>
    public ResultTable Table { get; }

    /// <summary>The count cubes the figures are computed from (protection works on these).</summary>
    public ImmutableArray<Cube> Counts { get; }

    internal ImmutableArray<int?> Decimals { get; }

    internal ImmutableArray<string> Notes { get; }

    /// <summary>For a row and a measure column: the count cells (cube index in <see cref="Counts"/>, value ids) it is computed from.</summary>
    internal Func<ImmutableArray<object?>, int, IEnumerable<(int Count, string[] Codes)>> DependsOn { get; }

    /// <summary>A cube of counts: <c>count</c> depends on its own cell.</summary>
    /// <param name="cube">The cube.</param>
    public static implicit operator PublishableResult(Cube cube) => PublishableResults.From(cube);

    /// <summary>Rates: <c>count</c>, <c>rate</c>, <c>lower</c>, <c>upper</c> depend on the count cell; the population is public.</summary>
    /// <param name="rates">The rate table.</param>
    public static implicit operator PublishableResult(RateTable rates) => PublishableResults.From(rates);

    /// <summary>Shares: every figure depends on the count with the value and the denominator (all recipients in the cell).</summary>
    /// <param name="shares">The share table.</param>
    public static implicit operator PublishableResult(ShareTable shares) => PublishableResults.From(shares);

    /// <summary>Monthly comparison: <c>count</c> on the month's cell, <c>baseline_count</c> on the baseline month's,
    /// <c>change_percent</c> on both.</summary>
    /// <param name="comparison">The comparison.</param>
    public static implicit operator PublishableResult(MonthlyComparison comparison) => PublishableResults.From(comparison);

    /// <summary>The title.</summary>
    /// <returns>The title.</returns>
    public override string ToString() => Title;
}
