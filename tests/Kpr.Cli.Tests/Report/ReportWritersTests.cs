using Kpr.Cli.Output;
using System.Text.Json;
using Kpr.Cli.Report;

namespace Kpr.Cli.Tests.Report;

public class ReportWritersTests
{
    private static ReportDocument Sample(string language) => new(
        "Tittel", "Undertittel", language, ["Merknad"],
        [
            new ReportSection("s1", "Seksjon", [
                new KeyFigures([new KeyFigure("Mottakere", "380 000")]),
                new LineChart("c1", "Endring", "%", ["2020-02", "2020-03", "2020-04"], [new ChartSeries("2020", [1.5, null, -13.2])]),
                new RankedBarChart("c2", "Rate", "per 1000", [new RankedBar("Oslo", 10.5, 9.1, 12.0), new RankedBar("Finnmark", null, null, null)], 11.0, "Norge"),
                new ReportTable("t1", "Tabell", [new ReportColumn("region", "Region", ColumnKind.Text), new ReportColumn("count", "Antall", ColumnKind.Integer), new ReportColumn("rate", "Rate", ColumnKind.Number, 1)],
                    [["Oslo", 1234L, 10.54], ["Finnmark", HiddenCell.Value, HiddenCell.Value]]),
            ]),
        ]);

    [Fact]
    public void Html_is_self_contained_and_marks_hidden_cells()
    {
        var html = HtmlReportWriter.Write(Sample("nb"), "kpr test");
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=\"http", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"http", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(http", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(2, html.Split("<svg").Length - 1);
        Assert.Contains("<td class=\"hidden\">:</td>", html);
        Assert.Contains("10,5", html); // Norwegian decimal comma
        Assert.Contains("Ikke vist (små tall): Finnmark", html);
    }

    [Fact]
    public void Html_in_english_uses_decimal_point()
    {
        var html = HtmlReportWriter.Write(Sample("en"), "kpr test");
        Assert.Contains("10.5", html);
        Assert.Contains("lang=\"en\"", html);
    }

    [Fact]
    public void Json_writes_hidden_cells_as_null_with_flag()
    {
        using var json = JsonDocument.Parse(DataReportWriter.WriteJson(Sample("nb")));
        var rows = json.RootElement.GetProperty("tables").GetProperty("t1").GetProperty("rows");
        Assert.Equal(1234, rows[0].GetProperty("count").GetInt64());
        Assert.Equal(JsonValueKind.Null, rows[1].GetProperty("count").ValueKind);
        Assert.True(rows[1].GetProperty("count_suppressed").GetBoolean());
    }

    [Fact]
    public void Csv_writes_one_tidy_table_per_id_with_colon_for_hidden()
    {
        var files = DataReportWriter.WriteCsv(Sample("nb"));
        Assert.Equal("region,count,rate\nOslo,1234,10.54\nFinnmark,:,:\n", files["t1"]);
    }
}
