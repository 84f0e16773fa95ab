using System.Collections.Immutable;
using Kpr.Core.Disclosure;

namespace Kpr.Core.Publishing;

/// <summary>
/// The one path from query results to publishable tables: each result's figures get a status from the protection of
/// the counts they are computed from, so a rate, share, interval or change computed from a hidden count is hidden too,
/// and the tables published together are protected together (through a <see cref="CountProtection"/>).
/// </summary>
public static class Publisher
{
    /// <summary>Publishes one result.</summary>
    /// <param name="result">A <see cref="Aggregation.Cube"/>, <see cref="Aggregation.RateTable"/>, <see cref="Aggregation.ShareTable"/> or <see cref="Aggregation.MonthlyComparison"/>.</param>
    /// <param name="protection">The rules (threshold N, …), or null to publish without protection.</param>
    /// <param name="protector">How counts are protected; <see cref="CountProtection.EachTableAlone"/> when null.</param>
    /// <returns>The published table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static PublishedTable Publish(PublishableResult result, ProtectionOptions? protection = null, CountProtection? protector = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        return PublishTogether([result], protection, protector)[0];
    }

    /// <summary>Publishes several results together: their counts are protected in one call to the protector.</summary>
    /// <param name="results">The results, in order.</param>
    /// <param name="protection">The rules, or null to publish without protection.</param>
    /// <param name="protector">How counts are protected; <see cref="CountProtection.EachTableAlone"/> when null.</param>
    /// <returns>One published table per result, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="results"/> is null or holds null.</exception>
    public static IReadOnlyList<PublishedTable> PublishTogether(IEnumerable<PublishableResult> results, ProtectionOptions? protection = null, CountProtection? protector = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        var list = results.ToArray();
        foreach (var r in list)
        {
            ArgumentNullException.ThrowIfNull(r, nameof(results));
        }
        var counts = list.SelectMany(r => r.Counts).ToArray();
        var reasons = protection is null ? null : (protector ?? CountProtection.EachTableAlone).Protect(counts, protection);
        var published = new List<PublishedTable>(list.Length);
        var first = 0;
        foreach (var result in list)
        {
            published.Add(Build(result, reasons, first, protection));
            first += result.Counts.Length;
        }
        return published;
    }

    private static PublishedTable Build(PublishableResult result, IReadOnlyList<Func<IReadOnlyList<string>, SuppressionReason>>? reasons, int first, ProtectionOptions? protection)
    {
        var table = result.Table;
        var rows = ImmutableArray.CreateBuilder<ImmutableArray<PublishedCell>>(table.Rows.Length);
        var cache = new Dictionary<(int, string), SuppressionReason>();
        foreach (var row in table.Rows)
        {
            var cells = new PublishedCell[row.Length];
            for (var c = 0; c < row.Length; c++)
            {
                var reason = SuppressionReason.None;
                if (reasons is not null && c >= table.DimensionCount)
                {
                    foreach (var (count, codes) in result.DependsOn(row, c))
                    {
                        var key = (count, string.Join('\u001f', codes));
                        if (!cache.TryGetValue(key, out var r))
                        {
                            cache[key] = r = reasons[first + count](codes);
                        }
                        if (r != SuppressionReason.None)
                        {
                            reason = r;
                            break;
                        }
                    }
                }
                cells[c] = reason == SuppressionReason.None ? PublishedCell.Shown(row[c]) : PublishedCell.Hidden(reason);
            }
            rows.Add([.. cells]);
        }
        return new PublishedTable(result.Title, table.Columns, table.DimensionCount, result.Decimals, rows.MoveToImmutable(), result.Notes, protection);
    }
}
