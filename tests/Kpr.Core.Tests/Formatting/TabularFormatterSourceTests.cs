using System.Reflection;
using Kpr.Core.Formatting;

namespace Kpr.Core.Tests.Formatting;

public class TabularFormatterSourceTests
{
    [TypeFormatterSource(typeof(TabularFormatterSource))]
    private sealed class SampleTable : ITabularData
    {
        public string Caption => "Recipients per 31.12.2021";
        public IReadOnlyList<string> ColumnNames => ["age_group", "count", "rate"];
        public IEnumerable<IReadOnlyList<object?>> RowValues => Enumerable.Range(0, RowCount).Select(i => (IReadOnlyList<object?>)[$"<{i}>", (long)i, i / 3.0]);
        public int RowCount => 150;
    }

    /// <summary>Finds the formatters the way .NET Interactive's convention does: by attribute name and member names.</summary>
    private static IEnumerable<object> ConventionFormatters(Type type)
    {
        var attribute = type.GetCustomAttributes().Single(a => a.GetType().Name == "TypeFormatterSourceAttribute");
        var sourceType = (Type)attribute.GetType().GetProperty("FormatterSourceType")!.GetValue(attribute)!;
        var source = Activator.CreateInstance(sourceType, nonPublic: true)!;
        return (IEnumerable<object>)sourceType.GetMethod("CreateTypeFormatters")!.Invoke(source, null)!;
    }

    private static string Format(object formatter, object instance)
    {
        var writer = new StringWriter();
        var handled = (bool)formatter.GetType().GetMethod("Format")!.Invoke(formatter, [instance, writer])!;
        Assert.True(handled);
        return writer.ToString();
    }

    [Fact]
    public void Convention_lookup_finds_html_and_plain_text_formatters()
    {
        var formatters = ConventionFormatters(typeof(SampleTable)).ToList();
        var mimeTypes = formatters.Select(f => (string)f.GetType().GetProperty("MimeType")!.GetValue(f)!).ToList();
        Assert.Equal(["text/html", "text/plain"], mimeTypes);

        var html = Format(formatters[0], new SampleTable());
        Assert.StartsWith("<table><caption>Recipients per 31.12.2021</caption>", html);
        Assert.Contains("&lt;0&gt;", html);
        Assert.Contains("(50 more rows)", html);
        Assert.DoesNotContain("<script", html);

        var text = Format(formatters[1], new SampleTable());
        Assert.Contains("age_group", text);
        Assert.Contains("0.333", text);
    }

    [Fact]
    public void Formatters_decline_other_types()
    {
        foreach (var formatter in ConventionFormatters(typeof(SampleTable)))
        {
            var handled = (bool)formatter.GetType().GetMethod("Format")!.Invoke(formatter, ["not a table", new StringWriter()])!;
            Assert.False(handled);
        }
    }
}

public class ResultFormattingTests
{
    [Fact]
    public void Aggregation_results_carry_the_convention_formatter_and_print_as_tables()
    {
        var register = Kpr.Core.Synthetic.SyntheticRegister.Build(Kpr.Core.Synthetic.SyntheticRegisterOptions.ForPersons(300, seed: 3, lastYear: 2021));
        var cube = Kpr.Core.Aggregation.RegisterAggregation.CountRecipients(register, Kpr.Core.Aggregation.CountingPeriod.YearEnd(2021), [Kpr.Core.Aggregation.Dimension.Sex]);
        var comparison = Kpr.Core.Aggregation.RegisterAggregation.CompareMonths(register, 2019, [2020], [Kpr.Core.Aggregation.Dimension.Sex]);
        foreach (var result in new object[] { cube, cube.ToTable(), comparison })
        {
            var attribute = result.GetType().GetCustomAttributes(false).Single(a => a.GetType().Name == "TypeFormatterSourceAttribute");
            Assert.NotNull(attribute);
            var html = TabularFormatterSource.ToHtml((ITabularData)result);
            Assert.Contains("<th>sex</th>", html);
        }
        var text = cube.ToTable().ToString();
        Assert.Contains("sex", text);
        Assert.Contains("total", text);
        Assert.Contains("count", text);
    }
}
