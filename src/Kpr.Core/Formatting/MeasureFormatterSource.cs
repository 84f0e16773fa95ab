using System.Globalization;
using Kpr.Core.Measures;

namespace Kpr.Core.Formatting;

/// <summary>
/// Notebook formatters for the measure types (<see cref="Rate"/>, <see cref="Proportion"/>,
/// <see cref="PercentagePointChange"/>, <see cref="RelativeChange"/>, <see cref="BaselineComparison"/> and the
/// standardised rates): one line with the value and its interval rounded for display (the measure's own invariant
/// <c>ToString()</c>), then the confidence level and the interval method by name. Found by .NET Interactive through the
/// convention attribute, like <see cref="TabularFormatterSource"/>; no package dependency.
/// </summary>
internal sealed class MeasureFormatterSource
{
    public IEnumerable<object> CreateTypeFormatters() => [new HtmlFormatter(), new PlainTextFormatter()];

    /// <summary>E.g. <c>412/18900 → 21.8 per 1000 [19.7, 24.0] (95% interval, Byar's method)</c>; null for another type.</summary>
    public static string? ToPlainText(object instance) =>
        Describe(instance) is { } d ? d.Text + (d.Method is { } m ? " (" + m + ")" : "") : null;

    /// <summary>The same as one HTML line: the text encoded, the method in a <c>small</c> element.</summary>
    public static string? ToHtml(object instance) =>
        Describe(instance) is { } d
            ? "<div class=\"kpr-measure\">" + Encode(d.Text) + (d.Method is { } m ? " <small>(" + Encode(m) + ")</small>" : "") + "</div>"
            : null;

    private static (string Text, string? Method)? Describe(object instance) => instance switch
    {
        Rate r => (r.ToString(), Method(r.Interval)),
        Proportion p => (p.ToString(), Method(p.Interval)),
        PercentagePointChange c => (c.ToString(), Method(c.Interval)),
        DirectlyStandardisedRate d => (d.ToString(), Method(d.Interval)),
        IndirectlyStandardisedRate i => (i.ToString(), Method(i.Interval)),
        IndirectlyStandardisedRatio i => (i.ToString(), Method(i.Interval)),
        RelativeChange c => (c.ToString(), c.IsComputable ? "relative change, no interval" : null),
        BaselineComparison b => (b.ToString(), b.IsComputable ? "P-score against the baseline, no interval" : null),
        _ => null,
    };

    private static string? Method(ConfidenceInterval interval) => interval.IsEmpty ? null
        : interval.Level.ToString(null, CultureInfo.InvariantCulture) + " interval, " + interval.Method switch
        {
            IntervalMethod.ExactPoisson => "exact Poisson",
            IntervalMethod.Byar => "Byar's method",
            IntervalMethod.WilsonScore => "Wilson score",
            IntervalMethod.NewcombeHybridScore => "Newcombe's hybrid score",
            IntervalMethod.Dobson => "Dobson's method",
            IntervalMethod.DobsonNonIndependent => "Dobson's method for non-independent events",
            _ => interval.Method.ToString(),
        };

    private static string Encode(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal);

    private sealed class HtmlFormatter
    {
        public string MimeType => "text/html";

        public bool Format(object instance, TextWriter writer)
        {
            if (ToHtml(instance) is not { } html)
            {
                return false;
            }
            writer.Write(html);
            return true;
        }
    }

    private sealed class PlainTextFormatter
    {
        public string MimeType => "text/plain";

        public bool Format(object instance, TextWriter writer)
        {
            if (ToPlainText(instance) is not { } text)
            {
                return false;
            }
            writer.Write(text);
            return true;
        }
    }
}
