using Kpr.Core.Measures;
using Kpr.Cli.Output;
using System.Globalization;

namespace Kpr.Cli.Report;

/// <summary>Turns report cells into display text for one language; CSV and JSON use invariant text instead.</summary>
internal static class ReportFormatting
{
    public static CultureInfo CultureFor(string language) =>
        CultureInfo.GetCultureInfo(language == "en" ? "en-GB" : "nb-NO");

    public static string Display(object? value, ReportColumn column, CultureInfo culture) => value switch
    {
        null => "",
        HiddenCell => ":",
        string s when column.DisplayName is not null => column.DisplayName(s),
        int n when column.Kind == ColumnKind.Text => n.ToString(CultureInfo.InvariantCulture),
        double d when !double.IsFinite(d) => "",
        // Presentation rounding (half away from zero) happens here only; every value was computed unrounded.
        double d => column.Kind == ColumnKind.Integer
            ? PresentationRounding.Round(d, 0).ToString("N0", culture)
            : PresentationRounding.Round(d, column.Decimals).ToString("N" + column.Decimals.ToString(CultureInfo.InvariantCulture), culture),
        int n => n.ToString("N0", culture),
        long n => n.ToString("N0", culture),
        IFormattable f => f.ToString(null, culture),
        _ => value.ToString() ?? "",
    };
}
