using Kpr.Core.Population;

namespace Kpr.Core.Aggregation;

/// <summary><c>sex</c>: <c>male</c>, <c>female</c> (the labels of <see cref="Sexes.ToInvariantString"/>; register codes 1 and
/// 2; other codes are unclassified).</summary>
internal sealed record SexDimension : DimensionDefinition
{
    public override AxisSource Source => AxisSource.Sex;

    public override bool IsSex => true;

    public override AxisBinding Bind(string name, DimensionScope scope)
    {
        Sex[] sexes = [Sex.Male, Sex.Female];
        var map = AxisBinding.Unmapped(256);
        for (var i = 0; i < sexes.Length; i++)
        {
            map[(int)sexes[i]] = i;
        }
        return new AxisBinding(CubeAxis.Create(name, sexes.Select(s => s.ToInvariantString())), Source, map);
    }
}
