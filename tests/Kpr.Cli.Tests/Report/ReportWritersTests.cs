using System.Text.Json;
using FsCheck.Xunit;
using Kpr.Cli.Report;

namespace Kpr.Cli.Tests.Report;

/// <summary>The data writers and the page's number format, on hand-made records.</summary>
public sealed class ReportWritersTests
{
    private static readonly ReportMetadata Metadata = new("Datagrunnlag: test", "synthetic", true, null, 2021, 2018, 2019, 2024, 5, 7, 0,
        new Dictionary<string, string> { ["rate"] = "per 1000" });

    private static readonly ReportRecord[] Records =
    [
        new(ReportIds.Rate, "hjemmeboende", ReportIds.DuringYear, 2021, null, ReportIds.Country, ReportRecord.CountryId, "total", null, 319_435, 5_425_270, 58.88, 58.68, 59.09, ReportStatus.Shown),
        new(ReportIds.Rate, "hjemmeboende", ReportIds.DuringYear, 2021, null, ReportIds.Helsefellesskap, "fonna", "90+", null, null, 1_234, null, null, null, ReportStatus.Hidden),
        new(ReportIds.MonthlyStarts, "tidsbegrenset", ReportIds.Month, 2020, 4, ReportIds.Country, ReportRecord.CountryId, "total", null, 900, 1000, -10, null, null, ReportStatus.Shown),
    ];

    [Fact]
    public void Csv_has_the_documented_columns_and_empty_numbers_for_hidden_records()
    {
        var lines = DataReportWriter.WriteCsv(Records).TrimEnd('\n').Split('\n');
        Assert.Equal("section,series,period,year,month,region_level,region_id,age_group,bistandsbehov,count,denominator,value,lower,upper,status", lines[0]);
        Assert.Equal("rate,hjemmeboende,during_year,2021,,country,norge,total,,319435,5425270,58.88,58.68,59.09,shown", lines[1]);
        Assert.Equal("rate,hjemmeboende,during_year,2021,,helsefellesskap,fonna,90+,,,1234,,,,hidden", lines[2]);
        Assert.Equal("monthly_starts,tidsbegrenset,month,2020,4,country,norge,total,,900,1000,-10,,,shown", lines[3]);
    }

    [Fact]
    public void Json_has_metadata_saying_synthetic_and_records_with_null_for_hidden()
    {
        using var json = JsonDocument.Parse(DataReportWriter.WriteJson(new ReportData(Metadata, Records, "nb")));
        var metadata = json.RootElement.GetProperty("metadata");
        Assert.True(metadata.GetProperty("synthetic").GetBoolean());
        Assert.Equal(5, metadata.GetProperty("threshold").GetInt32());
        Assert.Equal(2024, metadata.GetProperty("structure_year").GetInt32());
        Assert.Equal(7, metadata.GetProperty("unplaced").GetInt32());
        var columns = json.RootElement.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!).ToList();
        Assert.Equal(ReportRecord.Columns, columns);
        var hidden = json.RootElement.GetProperty("records")[1];
        Assert.Equal("hidden", hidden.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, hidden.GetProperty("count").ValueKind);
        Assert.Equal(JsonValueKind.Null, hidden.GetProperty("value").ValueKind);
        foreach (var record in json.RootElement.GetProperty("records").EnumerateArray())
        {
            Assert.Equal(ReportRecord.Columns, record.EnumerateObject().Select(p => p.Name));
        }
    }

    [Property]
    public bool A_number_that_rounds_to_zero_prints_without_a_sign(double value)
    {
        var nb = ReportText.For("nb");
        var en = ReportText.For("en");
        var small = value / 1e9; // mostly tiny values, both signs
        return nb.Number(small) is var a && a != "−0,0" && a != "-0,0"
            && en.Number(small) is var b && b != "−0.0" && b != "-0.0"
            && nb.Signed(small) is var c && c != "−0,0" && c != "+0,0";
    }

    [Theory]
    [InlineData(-0.04, "0,0")]
    [InlineData(-0.05, "−0,1")]
    [InlineData(1234.56, "1 234,6")]
    public void Norwegian_numbers_use_a_decimal_comma_and_a_real_minus(double value, string expected) =>
        Assert.Equal(expected, ReportText.For("nb").Number(value).Replace('\u00A0', ' '));
}
