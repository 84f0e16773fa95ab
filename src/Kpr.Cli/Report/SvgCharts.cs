using System.Globalization;
using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Legends;
using OxyPlot.Series;

namespace Kpr.Cli.Report;

/// <summary>
/// Renders report charts to static SVG with OxyPlot: the SVG is inlined in the HTML, so the report needs no
/// network and no script when viewed, and prints sharply.
/// </summary>
internal static class SvgCharts
{
    private static readonly OxyColor[] Palette =
    [
        OxyColor.FromRgb(0x1f, 0x5f, 0x99), OxyColor.FromRgb(0xd9, 0x5f, 0x02), OxyColor.FromRgb(0x1b, 0x9e, 0x77),
        OxyColor.FromRgb(0x75, 0x70, 0xb3), OxyColor.FromRgb(0xe7, 0x29, 0x8a), OxyColor.FromRgb(0x66, 0x66, 0x66),
    ];

    public static string Render(LineChart chart, CultureInfo culture)
    {
        var model = NewModel(culture);
        model.Legends.Add(new Legend { LegendPosition = LegendPosition.RightTop, LegendPlacement = LegendPlacement.Outside, LegendOrientation = LegendOrientation.Vertical, LegendMaxWidth = 190 });
        model.Axes.Add(new CategoryAxis { Position = AxisPosition.Bottom, ItemsSource = chart.XLabels, GapWidth = 0, IsZoomEnabled = false });
        model.Axes.Add(new LinearAxis { Position = AxisPosition.Left, Title = chart.YLabel, MajorGridlineStyle = LineStyle.Dot, MajorGridlineColor = OxyColor.FromRgb(0xcc, 0xcc, 0xcc) });
        if (chart.ReferenceLine is { } reference)
        {
            var line = new LineSeries { Color = OxyColors.Gray, StrokeThickness = 1, LineStyle = LineStyle.Dash };
            line.Points.Add(new DataPoint(-0.5, reference));
            line.Points.Add(new DataPoint(chart.XLabels.Count - 0.5, reference));
            model.Series.Add(line);
        }
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var data = chart.Series[s];
            var series = new LineSeries
            {
                Title = data.Name,
                Color = Palette[s % Palette.Length],
                StrokeThickness = 2,
                MarkerType = MarkerType.Circle,
                MarkerSize = 3,
                MarkerFill = Palette[s % Palette.Length],
            };
            for (var i = 0; i < data.Values.Count; i++)
            {
                series.Points.Add(data.Values[i] is { } v && double.IsFinite(v) ? new DataPoint(i, v) : DataPoint.Undefined);
            }
            model.Series.Add(series);
        }
        return Export(model, 760, 340);
    }

    public static string Render(RankedBarChart chart, CultureInfo culture)
    {
        var bars = chart.Bars.Where(b => b.Value is not null).OrderBy(b => b.Value).ToList();
        var model = NewModel(culture);
        // OxyPlot measures labels with its own font metrics; browsers' fonts run wider, so leave room on the left.
        model.Padding = new OxyThickness(60, 8, 8, 8);
        model.Axes.Add(new CategoryAxis { Position = AxisPosition.Left, ItemsSource = bars.Select(b => b.Label).ToList(), GapWidth = 0.35, IsZoomEnabled = false });
        model.Axes.Add(new LinearAxis { Position = AxisPosition.Bottom, Title = chart.ValueLabel, Minimum = 0, MajorGridlineStyle = LineStyle.Dot, MajorGridlineColor = OxyColor.FromRgb(0xcc, 0xcc, 0xcc) });
        var series = new BarSeries { FillColor = OxyColor.FromRgb(0x8e, 0xb3, 0xd6), StrokeThickness = 0 };
        foreach (var bar in bars)
        {
            series.Items.Add(new BarItem(bar.Value!.Value));
        }
        model.Series.Add(series);
        // Interval whiskers: one broken line, one segment per bar (BarSeries has no asymmetric error bars).
        var whiskers = new LineSeries { Color = OxyColor.FromRgb(0x1f, 0x3f, 0x66), StrokeThickness = 1.5 };
        for (var i = 0; i < bars.Count; i++)
        {
            if (bars[i].Lower is { } lower && bars[i].Upper is { } upper)
            {
                whiskers.Points.Add(new DataPoint(lower, i));
                whiskers.Points.Add(new DataPoint(upper, i));
                whiskers.Points.Add(DataPoint.Undefined);
            }
        }
        model.Series.Add(whiskers);
        if (chart.Reference is { } reference)
        {
            var line = new LineSeries { Color = OxyColor.FromRgb(0xd9, 0x5f, 0x02), StrokeThickness = 1.5, LineStyle = LineStyle.Dash, Title = chart.ReferenceLabel };
            line.Points.Add(new DataPoint(reference, -0.5));
            line.Points.Add(new DataPoint(reference, bars.Count - 0.5));
            model.Series.Add(line);
            if (chart.ReferenceLabel is not null)
            {
                model.Legends.Add(new Legend { LegendPosition = LegendPosition.BottomRight, LegendPlacement = LegendPlacement.Inside });
            }
        }
        // Hidden bars (null values) are listed under the chart by the HTML writer.
        return Export(model, 760, 90 + (24 * Math.Max(bars.Count, 1)));
    }

    private static PlotModel NewModel(CultureInfo culture) => new()
    {
        Culture = culture,
        DefaultFont = "Helvetica",
        DefaultFontSize = 12,
        PlotAreaBorderThickness = new OxyThickness(0),
        Padding = new OxyThickness(8),
    };

    private static string Export(PlotModel model, int width, int height)
    {
        var svg = SvgExporter.ExportToString(model, width, height, isDocument: false);
        // Scale with the page: keep the drawing's coordinate system but let CSS size it.
        return svg.Replace($"<svg width=\"{width}\" height=\"{height}\"", $"<svg viewBox=\"0 0 {width} {height}\" role=\"img\"", StringComparison.Ordinal);
    }
}
