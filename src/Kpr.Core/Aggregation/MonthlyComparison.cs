using Kpr.Core.Formatting;
using System.Collections.Immutable;
using System.Globalization;
using Kpr.Core.Internal;
using Kpr.Core.Measures;
using Kpr.Core.Services;

namespace Kpr.Core.Aggregation;

/// <summary>
/// Service starts per month of the comparison years against the same month of the baseline year. The tidy table has
/// the dimension columns, then <c>month</c> (<c>YYYY-MM</c> of the comparison year), <c>count</c>,
/// <c>baseline_count</c> and <c>change_percent</c> = 100·(count − baseline_count)/baseline_count (per day of the month
/// when <see cref="MonthlyComparisonOptions.PerDay"/>), empty when the baseline is 0. Service groups and codes that
/// the comparison leaves out (<see cref="LeftOut"/>) have no rows; the table's title says what was left out.
/// </summary>
[TypeFormatterSource(typeof(TabularFormatterSource))]
public sealed class MonthlyComparison : ITableResult
{
    private readonly int _firstYear;

    internal MonthlyComparison(Cube starts, int firstYear, int baselineYear, ImmutableArray<int> years, MonthlyComparisonOptions options)
    {
        Starts = starts;
        _firstYear = firstYear;
        BaselineYear = baselineYear;
        Years = years;
        Options = options;
    }

    /// <summary>The starts counted: the requested dimensions and then <c>month</c>, over all years involved.</summary>
    public Cube Starts { get; }

    /// <summary>The baseline year.</summary>
    public int BaselineYear { get; }

    /// <summary>The comparison years.</summary>
    public ImmutableArray<int> Years { get; }

    /// <summary>The choices used.</summary>
    public MonthlyComparisonOptions Options { get; }

    /// <summary>The months compared (1–12).</summary>
    public ImmutableArray<int> Months => [.. Enumerable.Range(Options.IncludeJanuary ? 1 : 2, Options.IncludeJanuary ? 12 : 11)];

    /// <summary>
    /// What the comparison leaves out, in words for a reader, e.g. <c>January (the 2020 municipal mergers inflated
    /// January starts); service groups velferdsteknologi and bolig</c>; empty when nothing is left out.
    /// </summary>
    public string LeftOut
    {
        get
        {
            var parts = new List<string>();
            if (!Options.IncludeJanuary)
            {
                parts.Add("January (the 2020 municipal mergers inflated January starts)");
            }
            var groups = ServiceCatalogue.Default.Groups.Where(g => !g.Codes.Any(Options.Services.Contains)).Select(g => g.Id).ToList();
            if (groups.Count > 0)
            {
                var reason = ReferenceEquals(Options.Services, ServiceSelection.MonthlyComparisonDefault) ? " (registration changes in 2019)" : "";
                parts.Add((groups.Count == 1 ? "service group " : "service groups ")
                    + (groups.Count == 1 ? groups[0] : string.Join(", ", groups.Take(groups.Count - 1)) + " and " + groups[^1]) + reason);
            }
            return string.Join("; ", parts);
        }
    }

    /// <summary>The change of one month against the baseline year's same month, in a cell of the other dimensions.</summary>
    /// <param name="year">A comparison year.</param>
    /// <param name="month">The month (1–12).</param>
    /// <param name="dimensionValues">One value id per dimension (not the month); <c>total</c> for a margin.</param>
    public RelativeChange Change(int year, int month, params string[] dimensionValues)
    {
        ArgumentNullException.ThrowIfNull(dimensionValues);
        Preconditions.CheckArgument(Years.Contains(year), nameof(year), "Not a comparison year.");
        Preconditions.CheckRange(month, 1, 12);
        var ids = dimensionValues.Append(MonthId(year, month)).ToArray();
        var baseIds = dimensionValues.Append(MonthId(BaselineYear, month)).ToArray();
        return ChangeOf(year, month, Starts.Count(ids), Starts.Count(baseIds));
    }

    /// <summary>The tidy table (see the type remarks for the columns).</summary>
    public ResultTable ToTable()
    {
        var axes = Starts.Axes;
        var dimAxes = axes.Length - 1;
        var strides = Cube.StridesOf(axes);
        var cells = Starts.RawCells;
        var columns = axes.Take(dimAxes).Select(a => a.Name).Concat(["month", "count", "baseline_count", "change_percent"]).ToImmutableArray();
        var rows = ImmutableArray.CreateBuilder<ImmutableArray<object?>>();
        var idx = new int[dimAxes];
        var combos = 1;
        for (var d = 0; d < dimAxes; d++)
        {
            combos *= axes[d].Count + 1;
        }
        var leftOut = axes.Take(dimAxes).Select(LeftOutValues).ToArray();
        for (var k = 0; k < combos; k++)
        {
            var rest = k;
            var offset = 0;
            var shown = true;
            for (var d = dimAxes - 1; d >= 0; d--)
            {
                idx[d] = rest % (axes[d].Count + 1);
                rest /= axes[d].Count + 1;
                offset += idx[d] * strides[d];
                shown &= idx[d] == axes[d].TotalIndex || !leftOut[d][idx[d]];
            }
            if (!shown)
            {
                continue;
            }
            foreach (var year in Years)
            {
                foreach (var month in Months)
                {
                    var n = cells[offset + (MonthIndex(year, month) * strides[dimAxes])];
                    var b = cells[offset + (MonthIndex(BaselineYear, month) * strides[dimAxes])];
                    var change = ChangeOf(year, month, n, b);
                    var row = new object?[columns.Length];
                    for (var d = 0; d < dimAxes; d++)
                    {
                        row[d] = axes[d].ValueAt(idx[d]);
                    }
                    row[dimAxes] = MonthId(year, month);
                    row[dimAxes + 1] = n;
                    row[dimAxes + 2] = b;
                    row[dimAxes + 3] = change.IsComputable ? change.Percent : null;
                    rows.Add([.. row]);
                }
            }
        }
        return new ResultTable(columns, dimAxes + 1, rows.ToImmutable(), TableTitle.Of(this));
    }

    string ITabularData.Caption => TableTitle.Of(this);

    // Values of a service axis that the selection leaves out entirely (a group none of whose codes is counted, or an
    // uncounted code): their rows would only be zeros.
    private bool[] LeftOutValues(CubeAxis axis)
    {
        var result = new bool[axis.Count];
        for (var i = 0; i < axis.Count; i++)
        {
            var id = axis.ValueAt(i);
            result[i] = axis.Name switch
            {
                "service_group" => ServiceCatalogue.Default.Groups.FirstOrDefault(g => g.Id == id) is { } g && !g.Codes.Any(Options.Services.Contains),
                "service_code" => ServiceCode.TryParse(id, out var code) && !Options.Services.Contains(code),
                _ => false,
            };
        }
        return result;
    }

    /// <summary>Baseline, years and options.</summary>
    public override string ToString() => $"starts vs {BaselineYear} in {string.Join(",", Years)} ({Options})";

    private RelativeChange ChangeOf(int year, int month, long count, long baseline)
    {
        if (!Options.PerDay)
        {
            return RelativeChange.Create(count, baseline);
        }
        return RelativeChange.Create((double)count / DateTime.DaysInMonth(year, month), (double)baseline / DateTime.DaysInMonth(BaselineYear, month));
    }

    private int MonthIndex(int year, int month) => ((year - _firstYear) * 12) + month - 1;

    private static string MonthId(int year, int month) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");
}
