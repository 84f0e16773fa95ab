using Kpr.Core.Population;
using Kpr.Core.Regions;
using Kpr.Core.Register;
using Kpr.Core.Services;
using NodaTime;

namespace Kpr.Core.Aggregation;

/// <summary>Binds a <see cref="Dimension"/> to a counting view and the years counted: the axis values and the lookup
/// table from source value to axis index.</summary>
internal static class DimensionBinder
{
    private static readonly string[] YesNo = ["yes", "no", "unknown"];

    /// <summary>Binds the dimension to a view and the years counted: the axis values and the lookup table.</summary>
    public static AxisBinding Bind(Dimension dimension, CountingView view, int firstYear, int lastYear, AggregationContext context)
    {
        var name = dimension.Name;
        switch (dimension.DimensionKind)
        {
            case Dimension.Kind.ServiceCode:
            {
                var codes = context.Catalogue.Codes
                    .Where(info => Enumerable.Range(firstYear, lastYear - firstYear + 1)
                        .Any(y => info.IsValidOn(new LocalDate(y, 1, 1)) || info.IsValidOn(new LocalDate(y, 12, 31))))
                    .Select(info => info.Code.Number).Order().ToArray();
                var map = Fill(256, -1);
                for (var i = 0; i < codes.Length; i++)
                {
                    map[codes[i]] = i;
                }
                return new AxisBinding(CubeAxis.Create(name, codes.Select(c => c.ToString(System.Globalization.CultureInfo.InvariantCulture))), AxisSource.Code, map);
            }
            case Dimension.Kind.Grouping:
            {
                var grouping = dimension.ServiceGrouping ?? context.Catalogue.HdirGrouping;
                var groups = grouping.Groups;
                var map = Fill(256, -1);
                for (var c = ServiceCode.MinNumber; c <= ServiceCode.MaxNumber; c++)
                {
                    if (grouping.GroupOf(ServiceCode.FromNumber(c)) is { } g)
                    {
                        map[c] = groups.IndexOf(g);
                    }
                }
                return new AxisBinding(CubeAxis.Create(name, groups.Select(g => g.Id)), AxisSource.Code, map);
            }
            case Dimension.Kind.AgeGroup:
            {
                var map = new int[AgeGroup.TopAge + 1];
                for (var age = 0; age <= AgeGroup.TopAge; age++)
                {
                    map[age] = dimension.AgeGroupSet!.IndexOf(age);
                }
                return new AxisBinding(CubeAxis.Create(name, dimension.AgeGroupSet!.Groups.Select(g => g.ToString())), AxisSource.Age, map);
            }
            case Dimension.Kind.Sex:
                return new AxisBinding(CubeAxis.Create(name, ["male", "female"]), AxisSource.Sex, [-1, 0, 1, .. Fill(253, -1)]);
            case Dimension.Kind.Bistandsbehov:
            {
                var all = BistandsbehovIds.All;
                var map = new int[4];
                for (var i = 0; i < all.Count; i++)
                {
                    map[(int)all[i]] = i;
                }
                return new AxisBinding(CubeAxis.Create(name, all.Select(b => b.ToId())), AxisSource.Bistandsbehov, map);
            }
            case Dimension.Kind.Coordinator:
                return new AxisBinding(CubeAxis.Create(name, YesNo), AxisSource.Coordinator, [2, 1, 0, -1]);
            case Dimension.Kind.IndividualPlan:
                return new AxisBinding(CubeAxis.Create(name, YesNo), AxisSource.IndividualPlan, [2, 1, 0, -1]);
            case Dimension.Kind.Month:
            {
                var values = new List<string>();
                for (var y = firstYear; y <= lastYear; y++)
                {
                    for (var m = 1; m <= 12; m++)
                    {
                        values.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{y:D4}-{m:D2}"));
                    }
                }
                return new AxisBinding(CubeAxis.Create(name, values), AxisSource.Month, [.. Enumerable.Range(0, values.Count)]);
            }
            default:
                return BindResidence(dimension, view, firstYear, lastYear, context);
        }
    }

    private static AxisBinding BindResidence(Dimension dimension, CountingView view, int firstYear, int lastYear, AggregationContext context)
    {
        var name = dimension.Name;
        var directory = context.Directory;
        string[] values;
        Func<MunicipalityCode, int, string?> valueOf;
        switch (dimension.DimensionKind)
        {
            case Dimension.Kind.Helsefellesskap:
                values = [.. directory.All.Select(h => h.Id)];
                valueOf = (code, year) => FindHelsefellesskap(directory, code, year)?.Id;
                break;
            case Dimension.Kind.RegionalHealthAuthority:
                values = [.. RegionalHealthAuthorities.All.Select(AuthorityId)];
                valueOf = (code, year) => FindHelsefellesskap(directory, code, year) is { } h ? AuthorityId(h.RegionalHealthAuthority) : null;
                break;
            default:
                var target = dimension.HarmoniseTo ?? lastYear;
                values = [.. directory.History.StructureOf(target).Select(c => c.ToString())];
                valueOf = (code, year) => Harmonise(directory.History, code, year, target);
                break;
        }
        var axis = CubeAxis.Create(name, values);
        var stride = Math.Max(view.MunicipalityCodes.Length, 1);
        var map = Fill((lastYear - firstYear + 1) * stride, -1);
        for (var y = firstYear; y <= lastYear; y++)
        {
            for (var m = 0; m < view.MunicipalityCodes.Length; m++)
            {
                if (MunicipalityCode.TryParse(view.MunicipalityCodes[m], out var code) && valueOf(code, y) is { } v)
                {
                    map[((y - firstYear) * stride) + m] = axis.IndexOf(v);
                }
            }
        }
        return new AxisBinding(axis, AxisSource.Residence, map, firstYear, stride);
    }

    /// <summary>The helsefellesskap of a municipality in a year: membership on 31 December, else on 1 January (a code
    /// that ended during the year), else that of the code it became in the year's structure (an old code still on an
    /// open episode).</summary>
    private static Helsefellesskap? FindHelsefellesskap(HelsefellesskapDirectory directory, MunicipalityCode code, int year)
    {
        if (directory.Find(code, new LocalDate(year, 12, 31)) is { } h)
        {
            return h;
        }
        if (directory.Find(code, new LocalDate(year, 1, 1)) is { } h1)
        {
            return h1;
        }
        return Harmonise(directory.History, code, year, year) is { } current && MunicipalityCode.TryParse(current, out var c)
            ? directory.Find(c, new LocalDate(year, 12, 31))
            : null;
    }

    /// <summary>
    /// The code in the structure of <paramref name="target"/> that <paramref name="code"/> (recorded in
    /// <paramref name="year"/>) became, or null when it was split (ambiguous) or is unknown. A code that was not valid in
    /// <paramref name="year"/> (an old code on a long episode) is harmonised from the last year it was valid.
    /// </summary>
    private static string? Harmonise(MunicipalityHistory history, MunicipalityCode code, int year, int target)
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
            return mapping.IsAmbiguous || mapping.Targets.Count == 0 ? null : mapping.Single.ToString();
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    public static string AuthorityId(RegionalHealthAuthority authority) => authority switch
    {
        RegionalHealthAuthority.HelseNord => "helse_nord",
        RegionalHealthAuthority.HelseMidtNorge => "helse_midt_norge",
        RegionalHealthAuthority.HelseVest => "helse_vest",
        _ => "helse_sor_ost",
    };

    private static int[] Fill(int n, int value)
    {
        var a = new int[n];
        Array.Fill(a, value);
        return a;
    }
}
