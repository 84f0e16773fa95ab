using Kpr.Cli.Output;
using System.Globalization;
using System.Text;

namespace Kpr.Cli.Report;

/// <summary>
/// Writes a <see cref="ReportDocument"/> as one self-contained HTML file: inline CSS, inline SVG charts, no
/// scripts and no external resources, so it opens offline and prints cleanly.
/// </summary>
internal static class HtmlReportWriter
{
    private const string Css = """
        :root { --ink:#1d2733; --muted:#5b6775; --line:#d7dde4; --accent:#1f5f99; --bg:#f6f8fa; }
        * { box-sizing: border-box; }
        body { font-family: "Segoe UI", Helvetica, Arial, sans-serif; color: var(--ink); margin: 0; line-height: 1.45; }
        header { background: var(--accent); color: white; padding: 1.6rem 2rem 1.2rem; }
        header h1 { margin: 0 0 .3rem; font-size: 1.7rem; }
        header p { margin: 0; opacity: .92; }
        main { max-width: 980px; margin: 0 auto; padding: 1rem 2rem 3rem; }
        nav ol { columns: 2; padding-left: 1.2rem; }
        section { margin-top: 2.2rem; }
        h2 { border-bottom: 2px solid var(--accent); padding-bottom: .25rem; font-size: 1.3rem; }
        h3 { font-size: 1.05rem; margin: 1.4rem 0 .4rem; }
        .notes { background: var(--bg); border-left: 4px solid var(--accent); padding: .6rem 1rem; font-size: .92rem; }
        .notes li { margin: .2rem 0; }
        .figures { display: flex; flex-wrap: wrap; gap: .8rem; margin: 1rem 0; }
        .figure { flex: 1 1 200px; background: var(--bg); border-radius: 6px; padding: .7rem 1rem; }
        .figure .value { font-size: 1.6rem; font-weight: 600; color: var(--accent); }
        .figure .label { color: var(--muted); font-size: .9rem; }
        .figure .detail { font-size: .85rem; }
        figure { margin: 1rem 0; }
        figure svg { width: 100%; height: auto; }
        figcaption { font-weight: 600; margin-bottom: .3rem; }
        .hidden-list { color: var(--muted); font-size: .85rem; }
        table { border-collapse: collapse; width: 100%; font-size: .86rem; margin: .4rem 0 1rem; }
        caption { text-align: left; font-weight: 600; padding: .3rem 0; }
        th, td { border-bottom: 1px solid var(--line); padding: .25rem .5rem; }
        th { background: var(--bg); text-align: left; position: sticky; top: 0; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        td.hidden { color: var(--muted); text-align: right; }
        .table-note { color: var(--muted); font-size: .85rem; }
        footer { color: var(--muted); font-size: .85rem; border-top: 1px solid var(--line); margin-top: 3rem; padding-top: .8rem; }
        @media print {
          header { background: none; color: var(--ink); border-bottom: 3px solid var(--accent); }
          main { max-width: none; padding: 0; }
          nav { display: none; }
          section, figure, table { page-break-inside: avoid; }
          h2, h3 { page-break-after: avoid; }
          th { position: static; }
        }
        """;

    public static string Write(ReportDocument document, string generatedBy)
    {
        var culture = ReportFormatting.CultureFor(document.Language);
        var html = new StringBuilder(256 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(document.Language == "en" ? "en" : "nb").Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(document.Title)).Append("</title>\n<style>").Append(Css).Append("</style>\n</head>\n<body>\n");
        html.Append("<header><h1>").Append(E(document.Title)).Append("</h1><p>").Append(E(document.Subtitle)).Append("</p></header>\n<main>\n");
        if (document.Notes.Count > 0)
        {
            html.Append("<div class=\"notes\"><ul>");
            foreach (var note in document.Notes)
            {
                html.Append("<li>").Append(E(note)).Append("</li>");
            }
            html.Append("</ul></div>\n");
        }
        html.Append("<nav><ol>");
        foreach (var section in document.Sections)
        {
            html.Append("<li><a href=\"#").Append(E(section.Id)).Append("\">").Append(E(section.Heading)).Append("</a></li>");
        }
        html.Append("</ol></nav>\n");
        foreach (var section in document.Sections)
        {
            html.Append("<section id=\"").Append(E(section.Id)).Append("\">\n<h2>").Append(E(section.Heading)).Append("</h2>\n");
            foreach (var block in section.Blocks)
            {
                AppendBlock(html, block, culture, document.Language);
            }
            html.Append("</section>\n");
        }
        html.Append("<footer>").Append(E(generatedBy)).Append("</footer>\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendBlock(StringBuilder html, IReportBlock block, CultureInfo culture, string language)
    {
        switch (block)
        {
            case Paragraph p:
                html.Append("<p>").Append(E(p.Text)).Append("</p>\n");
                break;
            case KeyFigures k:
                html.Append("<div class=\"figures\">");
                foreach (var f in k.Figures)
                {
                    html.Append("<div class=\"figure\"><div class=\"value\">").Append(E(f.Value)).Append("</div><div class=\"label\">")
                        .Append(E(f.Label)).Append("</div>");
                    if (f.Detail is not null)
                    {
                        html.Append("<div class=\"detail\">").Append(E(f.Detail)).Append("</div>");
                    }
                    html.Append("</div>");
                }
                html.Append("</div>\n");
                break;
            case LineChart c:
                html.Append("<figure id=\"").Append(E(c.Id)).Append("\"><figcaption>").Append(E(c.Title)).Append("</figcaption>\n")
                    .Append(SvgCharts.Render(c, culture)).Append("</figure>\n");
                break;
            case RankedBarChart c:
                html.Append("<figure id=\"").Append(E(c.Id)).Append("\"><figcaption>").Append(E(c.Title)).Append("</figcaption>\n")
                    .Append(SvgCharts.Render(c, culture));
                var hidden = c.Bars.Where(b => b.Value is null).Select(b => b.Label).ToList();
                if (hidden.Count > 0)
                {
                    html.Append("<div class=\"hidden-list\">").Append(E(language == "en" ? "Not shown (small numbers): " : "Ikke vist (små tall): "))
                        .Append(E(string.Join(", ", hidden))).Append("</div>");
                }
                html.Append("</figure>\n");
                break;
            case ReportTable t:
                AppendTable(html, t, culture);
                break;
        }
    }

    private static void AppendTable(StringBuilder html, ReportTable table, CultureInfo culture)
    {
        html.Append("<table id=\"").Append(E(table.Id)).Append("\"><caption>").Append(E(table.Title)).Append("</caption>\n<thead><tr>");
        foreach (var column in table.Columns)
        {
            html.Append(column.Kind == ColumnKind.Text ? "<th>" : "<th class=\"num\">").Append(E(column.Label)).Append("</th>");
        }
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            for (var i = 0; i < table.Columns.Count; i++)
            {
                var column = table.Columns[i];
                var css = row[i] is HiddenCell ? " class=\"hidden\"" : column.Kind == ColumnKind.Text ? "" : " class=\"num\"";
                html.Append("<td").Append(css).Append('>').Append(E(ReportFormatting.Display(row[i], column, culture))).Append("</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody></table>\n");
        if (table.Note is not null)
        {
            html.Append("<p class=\"table-note\">").Append(E(table.Note)).Append("</p>\n");
        }
    }

    // Escape only what HTML needs; keep Norwegian letters readable in the source (the file is UTF-8).
    private static string E(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal);
}
