using Kpr.Core.Register;

namespace Kpr.Core.Aggregation;

/// <summary>
/// A value recorded on the episode: <c>bistandsbehov</c> (the four categories), or <c>coordinator</c> /
/// <c>individual_plan</c> (<c>yes</c>, <c>no</c>, <c>unknown</c> = not reported). For recipients the value on the
/// counted service with the latest start; for starts the value on the service itself.
/// </summary>
/// <param name="Attribute">Which attribute: <see cref="AxisSource.Bistandsbehov"/>, <see cref="AxisSource.Coordinator"/> or <see cref="AxisSource.IndividualPlan"/>.</param>
internal sealed record EpisodeAttributeDimension(AxisSource Attribute) : DimensionDefinition
{
    private static readonly string[] YesNo = ["yes", "no", "unknown"];

    public override AxisSource Source => Attribute;

    public override AxisBinding Bind(string name, DimensionScope scope)
    {
        if (Attribute == AxisSource.Bistandsbehov)
        {
            var all = BistandsbehovIds.All;
            var map = new int[4];
            for (var i = 0; i < all.Count; i++)
            {
                map[(int)all[i]] = i;
            }
            return new AxisBinding(CubeAxis.Create(name, all.Select(b => b.ToId())), Source, map);
        }
        // Two bits: 0 = no, 1 = yes, 2 = not reported (3 does not occur).
        return new AxisBinding(CubeAxis.Create(name, YesNo), Source, [2, 1, 0, -1]);
    }
}
