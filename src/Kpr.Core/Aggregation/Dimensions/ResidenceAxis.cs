using Kpr.Core.Regions;

namespace Kpr.Core.Aggregation;

/// <summary>
/// The binding shared by every dimension read from the person's residence (municipality, helsefellesskap, regional
/// health authority, municipality size class): a table from (year, municipality code as recorded) to a category,
/// built once per register and years, so the kernels look the value up instead of computing it per person. The rules
/// for a recorded code in a year are <see cref="MunicipalityInYear"/>'s.
/// </summary>
internal static class ResidenceAxis
{
    /// <summary>Binds a residence dimension.</summary>
    /// <param name="name">The column name.</param>
    /// <param name="values">The categories.</param>
    /// <param name="scope">The view and years.</param>
    /// <param name="valueOf">The category of a recorded municipality code in a year, or null when it has none.</param>
    public static AxisBinding Bind(string name, IEnumerable<string> values, DimensionScope scope, Func<MunicipalityCode, int, string?> valueOf)
    {
        var view = scope.View;
        var axis = CubeAxis.Create(name, values);
        var stride = Math.Max(view.MunicipalityCodes.Length, 1);
        var map = AxisBinding.Unmapped((scope.LastYear - scope.FirstYear + 1) * stride);
        for (var y = scope.FirstYear; y <= scope.LastYear; y++)
        {
            for (var m = 0; m < view.MunicipalityCodes.Length; m++)
            {
                if (MunicipalityCode.TryParse(view.MunicipalityCodes[m], out var code) && valueOf(code, y) is { } v)
                {
                    map[((y - scope.FirstYear) * stride) + m] = axis.IndexOf(v);
                }
            }
        }
        return new AxisBinding(axis, AxisSource.Residence, map, scope.FirstYear, stride);
    }
}
