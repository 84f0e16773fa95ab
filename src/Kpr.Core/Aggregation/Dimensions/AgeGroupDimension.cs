using Kpr.Core.Population;

namespace Kpr.Core.Aggregation;

/// <summary><c>age_group</c>: age on 31 December of the year counted, in the bands of <paramref name="Groups"/>.</summary>
/// <param name="Groups">The bands (their labels are the categories).</param>
internal sealed record AgeGroupDimension(AgeGroupSet Groups) : DimensionDefinition
{
    public override AxisSource Source => AxisSource.Age;

    public override AgeGroupSet AgeGroupSet => Groups;

    public override AxisBinding Bind(string name, DimensionScope scope)
    {
        var map = new int[AgeGroup.TopAge + 1];
        for (var age = 0; age <= AgeGroup.TopAge; age++)
        {
            map[age] = Groups.IndexOf(age);
        }
        return new AxisBinding(CubeAxis.Create(name, Groups.Groups.Select(g => g.ToString())), Source, map);
    }
}
