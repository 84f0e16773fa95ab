using System.Globalization;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Kpr.Core.Services;
using Kpr.Core.Testing.Services;

namespace Kpr.Core.Tests.Services;

[Properties(Arbitrary = [typeof(ServiceArbitraries)])]
public class ServiceCodeTests
{
    [Theory]
    [InlineData("15", 15)]
    [InlineData("01", 1)]
    [InlineData("1", 1)]
    [InlineData("8", 8)]
    [InlineData("08", 8)]
    [InlineData("99", 99)]
    public void Parses_one_or_two_digits(string text, int number) =>
        Assert.Equal(number, ServiceCode.Parse(text).Number);

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("00")]
    [InlineData("100")]
    [InlineData("008")]
    [InlineData(" 8")]
    [InlineData("8 ")]
    [InlineData("+8")]
    [InlineData("-8")]
    [InlineData("08.01")]
    [InlineData("1a")]
    [InlineData("٣")] // Arabic-Indic digit: not ASCII
    public void Rejects_anything_else(string text)
    {
        Assert.False(ServiceCode.TryParse(text, out _));
        var e = Assert.Throws<FormatException>(() => ServiceCode.Parse(text));
        Assert.Contains($"'{text}'", e.Message);
    }

    [Fact]
    public void Formats_without_leading_zero_and_as_two_digits()
    {
        var code = ServiceCode.FromNumber(8);
        Assert.Equal("8", code.ToString());
        Assert.Equal("08", code.ToString("D2", CultureInfo.InvariantCulture));
        Assert.Equal("8 Avlastning i institusjon", code.ToString("N", CultureInfo.GetCultureInfo("nb-NO")));
        Assert.Equal("8 Respite care in an institution", code.ToString("N", CultureInfo.InvariantCulture));
        Assert.Equal("10", ServiceCode.FromNumber(10).ToString("N", CultureInfo.GetCultureInfo("nb-NO")));
        Assert.Throws<FormatException>(() => code.ToString("X", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ToString_is_culture_invariant()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("ar-SA");
            Assert.Equal("15", ServiceCode.FromNumber(15).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    [InlineData(-1)]
    public void FromNumber_rejects_out_of_range(int number) =>
        Assert.Equal("number", Assert.Throws<ArgumentOutOfRangeException>(() => ServiceCode.FromNumber(number)).ParamName);

    [Property]
    public bool Parse_of_format_is_identity(ServiceCode code) =>
        ServiceCode.Parse(code.ToString()) == code
        && ServiceCode.Parse(code.ToString("D2", CultureInfo.InvariantCulture)) == code;

    [Property]
    public bool TryParse_accepts_exactly_the_one_or_two_digit_numbers_1_to_99(string? text)
    {
        var expected = text is { Length: 1 or 2 } && text.All(char.IsAsciiDigit) && int.Parse(text, CultureInfo.InvariantCulture) >= 1;
        var ok = ServiceCode.TryParse(text, out var code);
        return ok == expected && (!ok || code.Number == int.Parse(text!, CultureInfo.InvariantCulture));
    }

    [Property]
    public bool Order_and_equality_follow_the_number(ServiceCode a, ServiceCode b) =>
        (a == b) == (a.Number == b.Number)
        && (a < b) == (a.Number < b.Number)
        && Math.Sign(a.CompareTo(b)) == Math.Sign(a.Number.CompareTo(b.Number))
        && (a.Equals((object)b) == (a.Number == b.Number))
        && (a != b || a.GetHashCode() == b.GetHashCode());

    [Property]
    public bool Json_round_trips_as_a_string(ServiceCode code)
    {
        var json = JsonSerializer.Serialize(code);
        var map = JsonSerializer.Serialize(new Dictionary<ServiceCode, int> { [code] = 1 });
        return json == $"\"{code}\""
            && JsonSerializer.Deserialize<ServiceCode>(json) == code
            && JsonSerializer.Deserialize<Dictionary<ServiceCode, int>>(map)!.ContainsKey(code);
    }

    [Fact]
    public void Json_reads_numbers_and_padded_strings_and_rejects_garbage()
    {
        Assert.Equal(ServiceCode.FromNumber(1), JsonSerializer.Deserialize<ServiceCode>("\"01\""));
        Assert.Equal(ServiceCode.FromNumber(15), JsonSerializer.Deserialize<ServiceCode>("15"));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ServiceCode>("\"x\""));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ServiceCode>("0"));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ServiceCode>("true"));
    }

    [Fact]
    public void Default_is_the_unset_code_zero_and_unknown()
    {
        Assert.Equal("0", default(ServiceCode).ToString());
        Assert.False(ServiceCatalogue.Default.IsKnown(default));
    }
}
