using System.Globalization;

namespace Kpr.Core.Aggregation;

/// <summary><c>month</c>: the start month of a service (<c>YYYY-MM</c>, every month of the years counted); service starts only.</summary>
internal sealed record MonthDimension : DimensionDefinition
{
    public override AxisSource Source => AxisSource.Month;

    public override AxisBinding Bind(string name, DimensionScope scope)
    {
        var values = new List<string>();
        for (var y = scope.FirstYear; y <= scope.LastYear; y++)
        {
            for (var m = 1; m <= 12; m++)
            {
                values.Add(string.Create(CultureInfo.InvariantCulture, $"{y:D4}-{m:D2}"));
            }
        }
        return new AxisBinding(CubeAxis.Create(name, values), Source, [.. Enumerable.Range(0, values.Count)]);
    }
}
