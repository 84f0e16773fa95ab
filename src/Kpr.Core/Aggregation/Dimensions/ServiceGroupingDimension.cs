using Kpr.Core.Services;

namespace Kpr.Core.Aggregation;

/// <summary>
/// A service grouping (<c>service_group</c> by default): the group of each service's code. Null grouping means the
/// catalogue's Helsedirektoratet grouping; services outside the grouping are not counted.
/// </summary>
internal sealed record ServiceGroupingDimension(ServiceGrouping? Grouping) : DimensionDefinition
{
    public override AxisSource Source => AxisSource.Code;

    public override AxisBinding Bind(string name, DimensionScope scope)
    {
        var grouping = Grouping ?? scope.Context.Catalogue.HdirGrouping;
        var groups = grouping.Groups;
        var map = AxisBinding.Unmapped(256);
        for (var c = ServiceCode.MinNumber; c <= ServiceCode.MaxNumber; c++)
        {
            var code = ServiceCode.FromNumber(c);
            if ((grouping.GroupOf(scope.Context.Catalogue.ReadAs(code, scope.FirstYear, scope.LastYear)) ?? grouping.GroupOf(code)) is { } g)
            {
                map[c] = groups.IndexOf(g);
            }
        }
        return new AxisBinding(CubeAxis.Create(name, groups.Select(g => g.Id)), Source, map);
    }
}
