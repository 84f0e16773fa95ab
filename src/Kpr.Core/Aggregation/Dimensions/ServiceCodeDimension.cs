using System.Globalization;
using Kpr.Core.Services;

namespace Kpr.Core.Aggregation;

/// <summary><c>service_code</c>: the code number of each service; categories are the catalogue's codes counted in some year (valid, or 16's leftovers after 2018); 12/13 are read as 29 from 2019.</summary>
internal sealed record ServiceCodeDimension : DimensionDefinition
{
    public override AxisSource Source => AxisSource.Code;

    public override AxisBinding Bind(string name, DimensionScope scope)
    {
        // Codes counted in the span (16 after 2018 too: its leftovers count); an ended code sits with the code it is
        // read as (12/13 -> 29 from 2019, whatever the start date), so no person is lost from the table.
        var catalogue = scope.Context.Catalogue;
        var codes = catalogue.Codes.Where(info => catalogue.CountsIn(info.Code, scope.FirstYear, scope.LastYear))
            .Select(info => info.Code.Number).Order().ToArray();
        var map = AxisBinding.Unmapped(256);
        for (var i = 0; i < codes.Length; i++)
        {
            map[codes[i]] = i;
        }
        for (var c = ServiceCode.MinNumber; c <= ServiceCode.MaxNumber; c++)
        {
            if (map[c] < 0)
            {
                map[c] = map[catalogue.ReadAs(ServiceCode.FromNumber(c), scope.FirstYear, scope.LastYear).Number];
            }
        }
        return new AxisBinding(CubeAxis.Create(name, codes.Select(c => c.ToString(CultureInfo.InvariantCulture))), Source, map);
    }
}
