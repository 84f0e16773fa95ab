using Kpr.Core.Regions;

namespace Kpr.Core.Aggregation;

/// <summary>
/// The binding shared by every dimension read from the person's residence (municipality, helsefellesskap, regional
/// health authority, municipality size class): a table from (year, municipality code as recorded) to a category,
/// built once per register and years, so the kernels look the value up instead of computing it per person.
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

    /// <summary>The helsefellesskap of a municipality in a year: membership on 31 December, else on 1 January (a code
    /// that ended during the year), else that of the code it became in the year's structure (an old code still on an
    /// open episode).</summary>
    public static Helsefellesskap? HelsefellesskapOf(HelsefellesskapDirectory directory, MunicipalityCode code, int year)
    {
        if (directory.Find(code, new NodaTime.LocalDate(year, 12, 31)) is { } h)
        {
            return h;
        }
        if (directory.Find(code, new NodaTime.LocalDate(year, 1, 1)) is { } h1)
        {
            return h1;
        }
        return Harmonise(directory.History, code, year, year) is { } current
            ? directory.Find(current, new NodaTime.LocalDate(year, 12, 31))
            : null;
    }

    /// <summary>
    /// The code in the structure of <paramref name="target"/> that <paramref name="code"/> (recorded in
    /// <paramref name="year"/>) became, or null when it was split (ambiguous) or is unknown. A code that was not valid in
    /// <paramref name="year"/> (an old code on a long episode) is harmonised from the last year it was valid.
    /// </summary>
    public static MunicipalityCode? Harmonise(MunicipalityHistory history, MunicipalityCode code, int year, int target)
    {
        var first = MunicipalityHistory.FirstStructureYear;
        var last = MunicipalityHistory.LastStructureYear;
        var y0 = Math.Clamp(year, first, last);
        int? source = null;
        for (var y = y0; y >= first && source is null; y--)
        {
            if (history.StructureOf(y).Contains(code))
            {
                source = y;
            }
        }
        for (var y = y0 + 1; y <= last && source is null; y++)
        {
            if (history.StructureOf(y).Contains(code))
            {
                source = y;
            }
        }
        if (source is null)
        {
            return null;
        }
        try
        {
            var mapping = history.Harmonise(code, source.Value, Math.Clamp(target, first, last));
            return mapping.IsAmbiguous || mapping.Targets.Count == 0 ? null : mapping.Single;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
