using Kpr.Core.Internal;
using Kpr.Core.Population;
using Kpr.Core.Regions;
using Kpr.Core.Register;
using Kpr.Core.Services;

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

    internal enum Kind
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

    internal Kind DimensionKind => _kind;

    internal ServiceGrouping? ServiceGrouping => _grouping;

    internal AxisBinding Bind(CountingView view, int firstYear, int lastYear, AggregationContext context) =>
        DimensionBinder.Bind(this, view, firstYear, lastYear, context);
}
