using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Kpr.Core.Regions;

namespace Kpr.Core.Tests.Regions;

public class MunicipalityCodeTests
{
    private static Arbitrary<int> ValidValues() =>
        Gen.Choose(1, 99).SelectMany(county => Gen.Choose(1, 99).Select(serial => (county * 100) + serial)).ToArbitrary();

    [Property]
    public Property Format_then_parse_round_trips() =>
        Prop.ForAll(ValidValues(), value =>
        {
            var code = MunicipalityCode.FromInt32(value);
            var text = code.ToString();
            return text.Length == 4 && MunicipalityCode.Parse(text) == code && MunicipalityCode.TryParse(text, out var again) && again == code;
        });

    [Property]
    public Property Order_and_equality_follow_the_number() =>
        Prop.ForAll(ValidValues(), ValidValues(), (a, b) =>
        {
            var x = MunicipalityCode.FromInt32(a);
            var y = MunicipalityCode.FromInt32(b);
            return Math.Sign(x.CompareTo(y)) == Math.Sign(a.CompareTo(b))
                && (x == y) == (a == b) && (x != y) == (a != b) && x.Equals(y) == (a == b)
                && (a != b || x.GetHashCode() == y.GetHashCode())
                && Math.Sign(string.CompareOrdinal(x.ToString(), y.ToString())) == Math.Sign(x.CompareTo(y));
        });

    [Theory]
    [InlineData("0301", 301, 3, "03")]
    [InlineData("4601", 4601, 46, "46")]
    [InlineData("5001", 5001, 50, "50")]
    public void Parse_keeps_leading_zero_and_county(string text, int value, int county, string countyCode)
    {
        var code = MunicipalityCode.Parse(text);
        Assert.Equal(value, code.Value);
        Assert.Equal(county, code.CountyNumber);
        Assert.Equal(countyCode, code.CountyCode);
        Assert.Equal(text, code.ToString());
        Assert.Equal(text, code.ToString(null, CultureInfo.GetCultureInfo("nb-NO")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("301")]
    [InlineData("03011")]
    [InlineData(" 0301")]
    [InlineData("0000")]
    [InlineData("0300")]
    [InlineData("00a1")]
    [InlineData("٠٣٠١")]
    public void Rejects_malformed_text(string text)
    {
        Assert.False(MunicipalityCode.TryParse(text, out var code));
        Assert.True(code.IsDefault);
        Assert.Throws<FormatException>(() => MunicipalityCode.Parse(text));
    }

    [Fact]
    public void Null_is_rejected()
    {
        Assert.False(MunicipalityCode.TryParse((string?)null, out _));
        Assert.Throws<ArgumentNullException>(() => MunicipalityCode.Parse(null!));
    }
}
