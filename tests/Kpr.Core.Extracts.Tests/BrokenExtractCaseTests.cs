using Kpr.Core.Register;

namespace Kpr.Core.Extracts.Tests;

/// <summary>The broken extracts of shared/cases/2026-11-30 (copied into Cases/ with provenance) with their right results.</summary>
public class BrokenExtractCaseTests
{
    private static string Case(string name) => Path.Combine(AppContext.BaseDirectory, "Cases", name);

    private static void AssertEveryLineAccounted(string name, ExtractReadOptions? options = null)
    {
        using var reader = ExtractReader.Open(Case(name), options);
        var register = ExtractLoader.Load(reader);
        var v = register.Validation;
        var physicalLines = File.ReadAllBytes(Case(name)).Count(b => b == (byte)'\n');
        Assert.Equal(physicalLines, reader.LinesRead);
        Assert.Equal(reader.LinesRead, 1 + reader.BlankLines + v.RowsRead);
        Assert.Equal(v.RowsRead, v.Accepted + v.Rejected + v.Duplicates);
    }

    [Fact]
    public void Nul_led_row_is_read_and_rejected_on_its_line()
    {
        var v = ExtractLoader.Load(Case("nul-led-row.csv")).Validation;
        Assert.Equal(30, v.RowsRead);
        Assert.Equal(1, v.Rejected);
        var issue = Assert.Single(v.Issues, i => i.Severity == IssueSeverity.Rejection);
        Assert.Equal(11, issue.Origin.Line);
        Assert.Equal(IssueKind.MalformedRecord, issue.Kind);
        Assert.Contains("NUL", issue.Message);
        AssertEveryLineAccounted("nul-led-row.csv");
    }

    [Fact]
    public void Stray_quote_costs_one_line_and_reading_resumes_at_the_next()
    {
        var v = ExtractLoader.Load(Case("stray-quote.csv")).Validation;
        Assert.Equal(30, v.RowsRead);
        Assert.Equal(29, v.Accepted + v.Duplicates);
        Assert.Equal(1, v.Rejected);
        Assert.Equal(11, Assert.Single(v.Issues, i => i.Severity == IssueSeverity.Rejection).Origin.Line);
        AssertEveryLineAccounted("stray-quote.csv");
    }

    [Fact]
    public void Byte_order_mark_inside_the_file_is_removed_and_reported_not_a_new_person()
    {
        var register = ExtractLoader.Load(Case("bom-mid-file.csv"));
        Assert.Equal(3, register.PersonCount);
        Assert.Equal(4, register.Validation.Accepted);
        var issue = Assert.Single(register.Validation.Issues, i => i.Kind == IssueKind.InvisibleCharacter);
        Assert.Equal(4, issue.Origin.Line);
        AssertEveryLineAccounted("bom-mid-file.csv");
    }

    [Fact]
    public void Latin1_file_gets_one_file_level_message_and_no_row_is_rejected_for_it()
    {
        var v = ExtractLoader.Load(Case("latin1-extract.csv")).Validation;
        Assert.Equal(4, v.RowsRead);
        Assert.Equal(0, v.CountByKind(IssueKind.MalformedRecord));
        var issue = Assert.Single(v.Issues, i => i.Kind == IssueKind.EncodingMismatch);
        Assert.Equal(2, issue.Origin.Line);
        Assert.Contains("--encoding", issue.Message);
        AssertEveryLineAccounted("latin1-extract.csv");
    }

    [Fact]
    public void Latin1_file_read_with_its_encoding_has_no_encoding_message()
    {
        var options = new ExtractReadOptions { Encoding = ExtractEncoding.Latin1 };
        var v = ExtractLoader.Load(Case("latin1-extract.csv"), options).Validation;
        Assert.Equal(4, v.RowsRead);
        Assert.Equal(0, v.CountByKind(IssueKind.EncodingMismatch));
        AssertEveryLineAccounted("latin1-extract.csv", options);
    }

    [Fact]
    public void Latin1_file_read_as_strict_utf8_rejects_the_undecodable_rows_without_their_contents()
    {
        var v = ExtractLoader.Load(Case("latin1-extract.csv"), new ExtractReadOptions { Encoding = ExtractEncoding.Utf8 }).Validation;
        Assert.Equal(3, v.Rejected);
        Assert.All(v.Issues.Where(i => i.Severity == IssueSeverity.Rejection), i => Assert.DoesNotContain("P000", i.Message));
    }
}
