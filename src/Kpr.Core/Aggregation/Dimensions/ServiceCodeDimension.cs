using System.Globalization;
using NodaTime;

namespace Kpr.Core.Aggregation;

/// <summary><c>service_code</c>: the code number of each service; categories are the catalogue's codes valid in some year counted.</summary>
internal sealed record ServiceCodeDimension : DimensionDefinition
{
    public override AxisSource Source => AxisSource.Code;

    public override AxisBinding Bind(string name, DimensionScope scope)
    {
        var codes = scope.Context.Catalogue.Codes
            .Where(info => Enumerable.Range(scope.FirstYear, scope.LastYear - scope.FirstYear + 1)
                .Any(y => info.IsValidOn(new LocalDate(y, 1, 1)) || info.IsValidOn(new LocalDate(y, 12, 31))))
            .Select(info => info.Code.Number).Order().ToArray();
        var map = AxisBinding.Unmapped(256);
        for (var i = 0; i < codes.Length; i++)
        {
            map[codes[i]] = i;
        }
        return new AxisBinding(CubeAxis.Create(name, codes.Select(c => c.ToString(CultureInfo.InvariantCulture))), Source, map);
    }
}
