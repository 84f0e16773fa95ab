using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Kpr.Core.Register;

namespace Kpr.Core.Tests.Register;

public class BistandsbehovTests
{
    [Property]
    public Property Id_round_trips() =>
        Prop.ForAll(Gen.Elements(BistandsbehovIds.All.ToArray()).ToArbitrary(),
            b => BistandsbehovIds.TryParse(b.ToId(), out var parsed) && parsed == b);

    [Theory]
    [InlineData("1", Bistandsbehov.NoeAvgrenset)]
    [InlineData("2", Bistandsbehov.MiddelsTilStort)]
    [InlineData("3", Bistandsbehov.Omfattende)]
    [InlineData("9", Bistandsbehov.Uoppgitt)]
    [InlineData("", Bistandsbehov.Uoppgitt)]
    [InlineData(" Omfattende ", Bistandsbehov.Omfattende)]
    [InlineData("MIDDELS_TIL_STORT", Bistandsbehov.MiddelsTilStort)]
    public void Parses_digits_and_ids(string text, Bistandsbehov expected)
    {
        Assert.True(BistandsbehovIds.TryParse(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("4")]
    [InlineData("stort")]
    [InlineData("0")]
    public void Rejects_unknown_text(string text) => Assert.False(BistandsbehovIds.TryParse(text, out _));

    [Fact]
    public void Undefined_value_throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ((Bistandsbehov)7).ToId());
}

public class RecordOriginTests
{
    [Fact]
    public void Text_names_file_line_and_field()
    {
        var origin = RecordOrigin.At("extract.csv", 12).WithField("start_date");
        Assert.Equal("extract.csv:12 start_date", origin.ToString());
        Assert.Equal("line 7", RecordOrigin.At(null, 7).ToString());
        Assert.Equal("(unknown)", default(RecordOrigin).ToString());
    }

    [Fact]
    public void Issue_text_says_what_was_done()
    {
        var issue = new ValidationIssue(IssueKind.EndBeforeStart, IssueSeverity.Rejection,
            RecordOrigin.At("x.csv", 3).WithField("end_date"), "end date before start date");
        Assert.Equal("x.csv:3 end_date: rejected: end date before start date", issue.ToString());
    }
}
