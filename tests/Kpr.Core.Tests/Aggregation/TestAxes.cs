using Kpr.Core.Aggregation;

namespace Kpr.Core.Tests.Aggregation;

/// <summary>Small hand-made axes over the test universe (7 codes, 5 municipalities, one of them without a region).</summary>
internal static class TestAxes
{
    public static readonly int[] Codes = [1, 2, 3, 6, 15, 21, 29];
    public static readonly string[] Municipalities = ["0301", "1103", "4601", "5001", "9999"];

    public static AxisBinding ServiceCode() => CodeAxis("service_code", Codes.Select(c => c.ToString()).ToArray(), c => Array.IndexOf(Codes, c));

    public static AxisBinding ServiceGroup()
    {
        string[] groups = ["hjemmeboende", "institusjon", "velferdsteknologi", "bolig"];
        return CodeAxis("service_group", groups, c => c switch { 1 or 2 or 3 or 15 => 0, 21 => 1, 6 => 2, 29 => 3, _ => -1 });
    }

    /// <summary>A grouping covering only some codes (the coordinator base): other codes are out of scope.</summary>
    public static AxisBinding CoordinatorBase() => CodeAxis("koordinator_base", ["hdir_koordinator_base"], c => c is 1 or 2 or 3 or 15 ? 0 : -1);

    public static AxisBinding AgeGroup()
    {
        var map = new int[121];
        for (var a = 0; a <= 120; a++)
        {
            map[a] = a < 18 ? 0 : a < 67 ? 1 : a < 80 ? 2 : 3;
        }
        return new AxisBinding(CubeAxis.Create("age_group", ["0-17", "18-66", "67-79", "80+"]), AxisSource.Age, map);
    }

    public static AxisBinding Sex() => new(CubeAxis.Create("sex", ["male", "female"]), AxisSource.Sex, [-1, 0, 1]);

    public static AxisBinding Bistandsbehov() =>
        new(CubeAxis.Create("bistandsbehov", ["noe_avgrenset", "middels_til_stort", "omfattende", "uoppgitt"]), AxisSource.Bistandsbehov, [3, 0, 1, 2]);

    public static AxisBinding Coordinator() => new(CubeAxis.Create("coordinator", ["yes", "no", "unknown"]), AxisSource.Coordinator, [2, 1, 0, -1]);

    public static AxisBinding IndividualPlan() => new(CubeAxis.Create("individual_plan", ["yes", "no", "unknown"]), AxisSource.IndividualPlan, [2, 1, 0, -1]);

    public static string? RegionOf(string municipality, int year) => municipality switch
    {
        "0301" => "oslo",
        "1103" or "4601" => "vest",
        "5001" => year < 2020 ? "midt_old" : "midt",
        _ => null,
    };

    public static AxisBinding Region(CountingView view, int firstYear, int lastYear)
    {
        var axis = CubeAxis.Create("region", ["oslo", "vest", "midt_old", "midt"]);
        var stride = view.MunicipalityCodes.Length;
        var map = new int[(lastYear - firstYear + 1) * Math.Max(stride, 1)];
        for (var y = firstYear; y <= lastYear; y++)
        {
            for (var m = 0; m < stride; m++)
            {
                var region = RegionOf(view.MunicipalityCodes[m], y);
                map[((y - firstYear) * stride) + m] = region is null ? -1 : axis.IndexOf(region);
            }
        }
        return new AxisBinding(axis, AxisSource.Residence, map, firstYear, stride);
    }

    public static AxisBinding Month(int firstYear, int lastYear)
    {
        var values = new List<string>();
        for (var y = firstYear; y <= lastYear; y++)
        {
            for (var m = 1; m <= 12; m++)
            {
                values.Add($"{y:D4}-{m:D2}");
            }
        }
        return new AxisBinding(CubeAxis.Create("month", values), AxisSource.Month, Enumerable.Range(0, values.Count).ToArray());
    }

    /// <summary>Every axis usable for persons, by number (0..8), bound for the given view and years.</summary>
    public static AxisBinding PersonAxis(int which, CountingView view, int firstYear, int lastYear) => which switch
    {
        0 => ServiceCode(),
        1 => ServiceGroup(),
        2 => CoordinatorBase(),
        3 => AgeGroup(),
        4 => Sex(),
        5 => Region(view, firstYear, lastYear),
        6 => Bistandsbehov(),
        7 => Coordinator(),
        _ => IndividualPlan(),
    };

    private static AxisBinding CodeAxis(string name, string[] values, Func<int, int> index)
    {
        var map = new int[256];
        for (var c = 0; c < 256; c++)
        {
            map[c] = index(c);
        }
        return new AxisBinding(CubeAxis.Create(name, values), AxisSource.Code, map);
    }
}
