using System.Globalization;
using NodaTime;

namespace Kpr.Core.Extracts;

/// <summary>Allocation-free parsers for extract fields.</summary>
internal static class FieldParsers
{
    public enum DateResult
    {
        Ok,
        Empty,
        Malformed,
        Impossible,
    }

    /// <summary>Parses <c>yyyy-MM-dd</c> or <c>dd.MM.yyyy</c>; tells a malformed text from a date that cannot exist.</summary>
    public static DateResult TryParseDate(ReadOnlySpan<char> text, out LocalDate date)
    {
        date = default;
        text = text.Trim();
        if (text.IsEmpty)
        {
            return DateResult.Empty;
        }
        int year, month, day;
        if (text.Length == 10 && text[4] == '-' && text[7] == '-'
            && Digits(text[..4], out year) && Digits(text.Slice(5, 2), out month) && Digits(text.Slice(8, 2), out day))
        {
        }
        else if (text.Length == 10 && text[2] == '.' && text[5] == '.'
            && Digits(text[..2], out day) && Digits(text.Slice(3, 2), out month) && Digits(text.Slice(6, 4), out year))
        {
        }
        else
        {
            return DateResult.Malformed;
        }
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return DateResult.Impossible;
        }
        date = new LocalDate(year, month, day);
        return DateResult.Ok;
    }

    public static bool TryParseInt(ReadOnlySpan<char> text, out int value)
    {
        text = text.Trim();
        return text.Length is > 0 and <= 9 && Digits(text, out value) || Fail(out value);
    }

    /// <summary>Hours: a decimal number with <c>.</c> or <c>,</c> as decimal separator.</summary>
    public static bool TryParseHours(ReadOnlySpan<char> text, out double value)
    {
        text = text.Trim();
        if (text.Length is 0 or > 32)
        {
            value = 0;
            return false;
        }
        Span<char> copy = stackalloc char[text.Length];
        text.CopyTo(copy);
        copy.Replace(',', '.');
        return double.TryParse(copy, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Yes/no: <c>1/0</c>, <c>ja/nei</c>, <c>j/n</c>, <c>true/false</c>, <c>yes/no</c>, <c>y</c>; empty is "not reported".</summary>
    public static bool TryParseFlag(ReadOnlySpan<char> text, out bool? value)
    {
        text = text.Trim();
        value = null;
        if (text.IsEmpty)
        {
            return true;
        }
        if (text is "1" || text.Equals("ja", StringComparison.OrdinalIgnoreCase) || text.Equals("j", StringComparison.OrdinalIgnoreCase)
            || text.Equals("true", StringComparison.OrdinalIgnoreCase) || text.Equals("yes", StringComparison.OrdinalIgnoreCase)
            || text.Equals("y", StringComparison.OrdinalIgnoreCase))
        {
            value = true;
            return true;
        }
        if (text is "0" || text.Equals("nei", StringComparison.OrdinalIgnoreCase) || text.Equals("n", StringComparison.OrdinalIgnoreCase)
            || text.Equals("false", StringComparison.OrdinalIgnoreCase) || text.Equals("no", StringComparison.OrdinalIgnoreCase))
        {
            value = false;
            return true;
        }
        return false;
    }

    private static bool Digits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
            value = (value * 10) + (c - '0');
        }
        return true;
    }

    private static bool Fail(out int value)
    {
        value = 0;
        return false;
    }
}
