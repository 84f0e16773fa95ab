using Kpr.Core.Internal;
using Kpr.Core.Population;
using Kpr.Core.Regions;
using Kpr.Core.Register;
using Kpr.Core.Services;
using NodaTime;

namespace Kpr.Core.Aggregation;

/// <summary>
/// A way to break counts down: service code, service group (or another grouping), helsefellesskap, regional health
/// authority, municipality (harmonised to one year's structure), age group (age on 31 December), sex, bistandsbehov,
/// coordinator, individual plan, month. Dimensions combine freely; each becomes a <see cref="CubeAxis"/> with a
/// <c>total</c> margin. <see cref="Name"/> is the column name in exports (a public contract).
/// </summary>
/// <remarks>
/// <para>Service dimensions (code, group, grouping) are taken from each service, so a person with services in two
/// groups is in both groups, once each; services outside a grouping are not counted when that grouping is a dimension.</para>
/// <para>Person dimensions are taken once per person and year: age on 31 December, sex, residence (the last valid
/// municipality in the year, see <see cref="EpisodeRegister.ResidenceIndex(int, int)"/>), and for bistandsbehov,
/// coordinator and individual plan the values recorded on the person's counted service with the latest start (for
/// service starts: on the service itself). A person or service whose value has no place on a dimension (no
/// helsefellesskap for the municipality, a split municipality when harmonising) is reported in
/// <see cref="Cube.Unclassified"/>, never dropped silently.</para>
/// </remarks>
public sealed class Dimension : IEquatable<Dimension>
{
    /// <summary>Column names accepted by <see cref="Parse(string)"/>.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "service_code", "service_group", "helsefellesskap", "regional_health_authority", "municipality", "age_group", "sex",
        "bistandsbehov", "coordinator", "individual_plan", "month",
    ];

    private static readonly string[] YesNo = ["yes", "no", "unknown"];

    private readonly Kind _kind;
    private readonly ServiceGrouping? _grouping;
    private readonly int? _harmoniseTo;
    private readonly AgeGroupSet? _ageGroups;

    private Dimension(Kind kind, string name, ServiceGrouping? grouping = null, int? harmoniseTo = null, AgeGroupSet? ageGroups = null)
    {
        _kind = kind;
        Name = name;
        _grouping = grouping;
        _harmoniseTo = harmoniseTo;
        _ageGroups = ageGroups;
    }

    private enum Kind
    {
        ServiceCode,
        Grouping,
        Helsefellesskap,
        RegionalHealthAuthority,
        Municipality,
        AgeGroup,
        Sex,
        Bistandsbehov,
        Coordinator,
        IndividualPlan,
        Month,
    }

    /// <summary>The column name, e.g. <c>service_group</c>.</summary>
    public string Name { get; }

    /// <summary>Whether values come from each service (code, group) rather than from the person.</summary>
    public bool IsServiceDimension => _kind is Kind.ServiceCode or Kind.Grouping;

    /// <summary>Service code number (<c>service_code</c>; values like <c>15</c>).</summary>
    public static Dimension ServiceCode { get; } = new(Kind.ServiceCode, "service_code");

    /// <summary>Helsedirektoratet's five service groups (<c>service_group</c>; values as in service_groups.csv, e.g. <c>hjemmeboende</c>).</summary>
    public static Dimension ServiceGroup { get; } = new(Kind.Grouping, "service_group");

    /// <summary>The 19 helsefellesskap (<c>helsefellesskap</c>; values are their ids, e.g. <c>ostfold</c>).</summary>
    public static Dimension Helsefellesskap { get; } = new(Kind.Helsefellesskap, "helsefellesskap");

    /// <summary>The four regional health authorities (<c>regional_health_authority</c>; values <c>helse_nord</c>,
    /// <c>helse_midt_norge</c>, <c>helse_vest</c>, <c>helse_sor_ost</c>).</summary>
    public static Dimension RegionalHealthAuthority { get; } = new(Kind.RegionalHealthAuthority, "regional_health_authority");

    /// <summary>Sex (<c>sex</c>; values <c>male</c>, <c>female</c>).</summary>
    public static Dimension Sex { get; } = new(Kind.Sex, "sex");

    /// <summary>Bistandsbehov (<c>bistandsbehov</c>; values <c>noe_avgrenset</c>, <c>middels_til_stort</c>, <c>omfattende</c>, <c>uoppgitt</c>).</summary>
    public static Dimension Bistandsbehov { get; } = new(Kind.Bistandsbehov, "bistandsbehov");

    /// <summary>Whether the person has a coordinator (<c>coordinator</c>; values <c>yes</c>, <c>no</c>, <c>unknown</c> = not reported).</summary>
    public static Dimension Coordinator { get; } = new(Kind.Coordinator, "coordinator");

    /// <summary>Whether the person has an individual plan (<c>individual_plan</c>; values <c>yes</c>, <c>no</c>, <c>unknown</c>).</summary>
    public static Dimension IndividualPlan { get; } = new(Kind.IndividualPlan, "individual_plan");

    /// <summary>Start month, for service starts only (<c>month</c>; values <c>YYYY-MM</c>).</summary>
    public static Dimension Month { get; } = new(Kind.Month, "month");

    /// <summary>Helsedirektoratet's age groups 0-17, 18-49, 50-66, 67-79, 80-89, 90+ (<c>age_group</c>; age on 31 December).</summary>
    public static Dimension AgeGroup { get; } = AgeGroups(AgeGroupSet.Helsedirektoratet);

    /// <summary>Another service grouping, e.g. <c>ServiceCatalogue.Default.Grouping("hdir_koordinator_base")</c>; services
    /// it does not cover are not counted. The column is named <c>service_group</c> unless another name is given.</summary>
    /// <param name="grouping">The grouping.</param>
    /// <param name="name">The column name.</param>
    public static Dimension Grouping(ServiceGrouping grouping, string name = "service_group")
    {
        ArgumentNullException.ThrowIfNull(grouping);
        ArgumentNullException.ThrowIfNull(name);
        return new Dimension(Kind.Grouping, name, grouping);
    }

    /// <summary>Residence municipality harmonised to the structure of <paramref name="structureYear"/> (<c>municipality</c>;
    /// values are 4-digit codes). Persons in a municipality that was split on the way are unclassified.</summary>
    /// <param name="structureYear">The year whose municipality structure is used; null: the year counted.</param>
    public static Dimension Municipality(int? structureYear = null)
    {
        if (structureYear is { } y)
        {
            Preconditions.CheckRange(y, MunicipalityHistory.FirstStructureYear, MunicipalityHistory.LastStructureYear, nameof(structureYear));
        }
        return new Dimension(Kind.Municipality, "municipality", harmoniseTo: structureYear);
    }

    /// <summary>Age on 31 December of the year counted, in the bands of an age group set (<c>age_group</c>; values
    /// are the bands' labels, e.g. <c>80-89</c>, <c>90+</c>). Rates use the same bands for the population.</summary>
    /// <param name="ageGroups">The bands, e.g. <see cref="AgeGroupSet.Kostra"/>.</param>
    public static Dimension AgeGroups(AgeGroupSet ageGroups)
    {
        ArgumentNullException.ThrowIfNull(ageGroups);
        return new Dimension(Kind.AgeGroup, "age_group", ageGroups: ageGroups);
    }

    /// <summary>The dimension for a column name (see <see cref="Names"/>): the standard one of each kind.</summary>
    /// <param name="name">A column name, e.g. <c>age_group</c>.</param>
    /// <exception cref="ArgumentException">Unknown name; the message lists the known ones.</exception>
    public static Dimension Parse(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return TryParse(name, out var d) ? d : throw new ArgumentException(
            $"Unknown dimension '{name}'. Known: {string.Join(", ", Names)}.", nameof(name));
    }

    /// <summary>Tries <see cref="Parse(string)"/>.</summary>
    /// <param name="name">A column name.</param>
    /// <param name="dimension">The dimension when known.</param>
    public static bool TryParse(string? name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Dimension? dimension)
    {
        dimension = name?.Trim().ToLowerInvariant() switch
        {
            "service_code" => ServiceCode,
            "service_group" => ServiceGroup,
            "helsefellesskap" => Helsefellesskap,
            "regional_health_authority" or "rha" => RegionalHealthAuthority,
            "municipality" => Municipality(),
            "age_group" => AgeGroup,
            "sex" => Sex,
            "bistandsbehov" => Bistandsbehov,
            "coordinator" => Coordinator,
            "individual_plan" => IndividualPlan,
            "month" => Month,
            _ => null,
        };
        return dimension is not null;
    }

    /// <summary>Same kind and parameters.</summary>
    public bool Equals(Dimension? other) =>
        other is not null && _kind == other._kind && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && ReferenceEquals(_grouping, other._grouping) && _harmoniseTo == other._harmoniseTo
        && ReferenceEquals(_ageGroups, other._ageGroups);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Dimension);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_kind, StringComparer.Ordinal.GetHashCode(Name));

    /// <summary>The column name.</summary>
    public override string ToString() => Name;

    internal AgeGroupSet? AgeGroupSet => _ageGroups;

    internal int? HarmoniseTo => _harmoniseTo;

    /// <summary>The population level of a region dimension, or null.</summary>
    internal RegionLevel? RegionLevel => _kind switch
    {
        Kind.Helsefellesskap => Population.RegionLevel.Helsefellesskap,
        Kind.RegionalHealthAuthority => Population.RegionLevel.RegionalHealthAuthority,
        Kind.Municipality => Population.RegionLevel.Municipality,
        _ => null,
    };

    internal bool IsSex => _kind == Kind.Sex;

    /// <summary>Binds the dimension to a view and the years counted: the axis values and the lookup table.</summary>
    internal AxisBinding Bind(CountingView view, int firstYear, int lastYear, AggregationContext context)
    {
        switch (_kind)
        {
            case Kind.ServiceCode:
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
                return new AxisBinding(CubeAxis.Create(Name, codes.Select(c => c.ToString(System.Globalization.CultureInfo.InvariantCulture))), AxisSource.Code, map);
            }
            case Kind.Grouping:
            {
                var grouping = _grouping ?? context.Catalogue.HdirGrouping;
                var groups = grouping.Groups;
                var map = Fill(256, -1);
                for (var c = Services.ServiceCode.MinNumber; c <= Services.ServiceCode.MaxNumber; c++)
                {
                    if (grouping.GroupOf(Services.ServiceCode.FromNumber(c)) is { } g)
                    {
                        map[c] = groups.IndexOf(g);
                    }
                }
                return new AxisBinding(CubeAxis.Create(Name, groups.Select(g => g.Id)), AxisSource.Code, map);
            }
            case Kind.AgeGroup:
            {
                var map = new int[Population.AgeGroup.TopAge + 1];
                for (var age = 0; age <= Population.AgeGroup.TopAge; age++)
                {
                    map[age] = _ageGroups!.IndexOf(age);
                }
                return new AxisBinding(CubeAxis.Create(Name, _ageGroups!.Groups.Select(g => g.ToString())), AxisSource.Age, map);
            }
            case Kind.Sex:
                return new AxisBinding(CubeAxis.Create(Name, ["male", "female"]), AxisSource.Sex, [-1, 0, 1, .. Fill(253, -1)]);
            case Kind.Bistandsbehov:
            {
                var all = BistandsbehovIds.All;
                var map = new int[4];
                for (var i = 0; i < all.Count; i++)
                {
                    map[(int)all[i]] = i;
                }
                return new AxisBinding(CubeAxis.Create(Name, all.Select(b => b.ToId())), AxisSource.Bistandsbehov, map);
            }
            case Kind.Coordinator:
                return new AxisBinding(CubeAxis.Create(Name, YesNo), AxisSource.Coordinator, [2, 1, 0, -1]);
            case Kind.IndividualPlan:
                return new AxisBinding(CubeAxis.Create(Name, YesNo), AxisSource.IndividualPlan, [2, 1, 0, -1]);
            case Kind.Month:
            {
                var values = new List<string>();
                for (var y = firstYear; y <= lastYear; y++)
                {
                    for (var m = 1; m <= 12; m++)
                    {
                        values.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{y:D4}-{m:D2}"));
                    }
                }
                return new AxisBinding(CubeAxis.Create(Name, values), AxisSource.Month, [.. Enumerable.Range(0, values.Count)]);
            }
            default:
                return BindResidence(view, firstYear, lastYear, context);
        }
    }

    private AxisBinding BindResidence(CountingView view, int firstYear, int lastYear, AggregationContext context)
    {
        var directory = context.Directory;
        string[] values;
        Func<MunicipalityCode, int, string?> valueOf;
        switch (_kind)
        {
            case Kind.Helsefellesskap:
                values = [.. directory.All.Select(h => h.Id)];
                valueOf = (code, year) => FindHelsefellesskap(directory, code, year)?.Id;
                break;
            case Kind.RegionalHealthAuthority:
                values = [.. RegionalHealthAuthorities.All.Select(AuthorityId)];
                valueOf = (code, year) => FindHelsefellesskap(directory, code, year) is { } h ? AuthorityId(h.RegionalHealthAuthority) : null;
                break;
            default:
                var target = _harmoniseTo ?? lastYear;
                values = [.. directory.History.StructureOf(target).Select(c => c.ToString())];
                valueOf = (code, year) => Harmonise(directory.History, code, year, target);
                break;
        }
        var axis = CubeAxis.Create(Name, values);
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

    internal static string AuthorityId(RegionalHealthAuthority authority) => authority switch
    {
        Regions.RegionalHealthAuthority.HelseNord => "helse_nord",
        Regions.RegionalHealthAuthority.HelseMidtNorge => "helse_midt_norge",
        Regions.RegionalHealthAuthority.HelseVest => "helse_vest",
        _ => "helse_sor_ost",
    };

    private static int[] Fill(int n, int value)
    {
        var a = new int[n];
        Array.Fill(a, value);
        return a;
    }
}
