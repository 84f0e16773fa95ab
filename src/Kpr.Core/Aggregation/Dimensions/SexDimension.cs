namespace Kpr.Core.Aggregation;

/// <summary><c>sex</c>: <c>male</c>, <c>female</c> (register codes 1 and 2; other codes are unclassified).</summary>
internal sealed record SexDimension : DimensionDefinition
{
    public override AxisSource Source => AxisSource.Sex;

    public override bool IsSex => true;

    public override AxisBinding Bind(string name, DimensionScope scope)
    {
        var map = AxisBinding.Unmapped(256);
        map[1] = 0;
        map[2] = 1;
        return new AxisBinding(CubeAxis.Create(name, ["male", "female"]), Source, map);
    }
}
