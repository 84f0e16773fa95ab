using Kpr.Cli.Output;

namespace Kpr.Cli.Report;

/// <summary>How a report column is shown: numbers are right-aligned and formatted per language.</summary>
internal enum ColumnKind
{
    Text,
    Integer,
    Number,
}

/// <summary>A column of a report table: a stable id (used in CSV/JSON) and a label for people. Cells hold ids
/// (e.g. <c>hjemmeboende</c>, <c>80-89</c>); <paramref name="DisplayName"/> turns an id into words for the HTML page.</summary>
internal sealed record ReportColumn(string Id, string Label, ColumnKind Kind, int Decimals = 1, Func<string, string>? DisplayName = null);

/// <summary>A tidy table of the report: one row per cell of the statistic, primitives only.</summary>
internal sealed record ReportTable(string Id, string Title, IReadOnlyList<ReportColumn> Columns, IReadOnlyList<object?[]> Rows, string? Note = null)
    : IReportBlock;

/// <summary>One line of a line chart; null values (hidden or missing) break the line.</summary>
internal sealed record ChartSeries(string Name, IReadOnlyList<double?> Values);

/// <summary>A line chart over categorical x values (e.g. months).</summary>
internal sealed record LineChart(string Id, string Title, string YLabel, IReadOnlyList<string> XLabels, IReadOnlyList<ChartSeries> Series, double? ReferenceLine = 0)
    : IReportBlock;

/// <summary>One bar of a ranked bar chart, with its confidence interval when known.</summary>
internal sealed record RankedBar(string Label, double? Value, double? Lower, double? Upper);

/// <summary>Horizontal bars sorted by value, with interval whiskers and an optional reference value (e.g. the national rate).</summary>
internal sealed record RankedBarChart(string Id, string Title, string ValueLabel, IReadOnlyList<RankedBar> Bars, double? Reference = null, string? ReferenceLabel = null)
    : IReportBlock;

/// <summary>A few headline numbers shown large at the top of a section.</summary>
internal sealed record KeyFigures(IReadOnlyList<KeyFigure> Figures) : IReportBlock;

/// <summary>One headline number.</summary>
internal sealed record KeyFigure(string Label, string Value, string? Detail = null);

/// <summary>A paragraph of explanatory text.</summary>
internal sealed record Paragraph(string Text) : IReportBlock;

/// <summary>Anything a report section is made of.</summary>
internal interface IReportBlock;

/// <summary>A section of the report with a heading and its blocks in order.</summary>
internal sealed record ReportSection(string Id, string Heading, IReadOnlyList<IReportBlock> Blocks);

/// <summary>The whole report, independent of how it is written (HTML, JSON, CSV).</summary>
internal sealed record ReportDocument(
    string Title,
    string Subtitle,
    string Language,
    IReadOnlyList<string> Notes,
    IReadOnlyList<ReportSection> Sections)
{
    /// <summary>Every table in document order (what CSV and JSON export).</summary>
    public IEnumerable<ReportTable> Tables => Sections.SelectMany(s => s.Blocks.OfType<ReportTable>());
}
