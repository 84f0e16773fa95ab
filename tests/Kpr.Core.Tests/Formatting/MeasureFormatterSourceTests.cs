using System.Reflection;
using Kpr.Core.Measures;

namespace Kpr.Core.Tests.Formatting;

/// <summary>Measures show in notebooks as one rounded line with their interval and its method, like the tables.</summary>
public class MeasureFormatterSourceTests
{
    /// <summary>Finds the formatters the way .NET Interactive's convention does: by attribute name and member names.</summary>
    private static List<object> ConventionFormatters(Type type)
    {
        var attribute = type.GetCustomAttributes().Single(a => a.GetType().Name == "TypeFormatterSourceAttribute");
        var sourceType = (Type)attribute.GetType().GetProperty("FormatterSourceType")!.GetValue(attribute)!;
        var source = Activator.CreateInstance(sourceType, nonPublic: true)!;
        return [.. (IEnumerable<object>)sourceType.GetMethod("CreateTypeFormatters")!.Invoke(source, null)!];
    }

    private static (string Html, string Text) Display(object measure)
    {
        var formatters = ConventionFormatters(measure.GetType());
        Assert.Equal(["text/html", "text/plain"], formatters.Select(f => (string)f.GetType().GetProperty("MimeType")!.GetValue(f)!));
        var outputs = formatters.Select(f =>
        {
            var writer = new StringWriter();
            Assert.True((bool)f.GetType().GetMethod("Format")!.Invoke(f, [measure, writer])!);
            return writer.ToString();
        }).ToList();
        return (outputs[0], outputs[1]);
    }

    [Fact]
    public void A_rate_shows_rounded_with_its_interval_and_method()
    {
        var (html, text) = Display(Rate.Create(412, 18_900));
        Assert.Equal("412/18900 → 21.8 per 1000 [19.7, 24.0] (95% interval, Byar's method)", text);
        Assert.Equal("<div class=\"kpr-measure\">412/18900 → 21.8 per 1000 [19.7, 24.0] <small>(95% interval, Byar's method)</small></div>", html);
        Assert.DoesNotContain("21.7989", text, StringComparison.Ordinal); // not the unrounded value

        Assert.EndsWith("(95% interval, exact Poisson)", Display(Rate.Create(7, 2_150)).Text, StringComparison.Ordinal);
        Assert.EndsWith("(99.8% interval, Byar's method)", Display(Rate.Create(412, 18_900).WithConfidence(0.998)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Shares_and_changes_name_their_methods()
    {
        var share = Proportion.Create(1_250, 4_000);
        Assert.Equal(share + " (95% interval, Wilson score)", Display(share).Text);
        var change = share - Proportion.Create(1_100, 3_900);
        Assert.Equal(change + " (95% interval, Newcombe's hybrid score)", Display(change).Text);
        var relative = RelativeChange.Create(104_003, 80_404);
        Assert.Equal(relative + " (relative change, no interval)", Display(relative).Text);
    }

    [Fact]
    public void A_measure_that_is_not_computable_says_why_and_names_no_method()
    {
        var rate = Rate.Create(12, 0);
        var (html, text) = Display(rate);
        Assert.Equal(rate.ToString(), text);
        Assert.DoesNotContain("<small>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_public_measure_type_carries_the_formatter_convention()
    {
        var measures = typeof(Rate).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == "Kpr.Core.Measures" && typeof(IFormattable).IsAssignableFrom(t)
                && t.GetProperty("IsComputable") is not null);
        Assert.All(measures, t => Assert.Contains(t.GetCustomAttributes(), a => a.GetType().Name == "TypeFormatterSourceAttribute"));
    }
}
