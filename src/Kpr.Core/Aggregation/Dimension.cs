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
    private Dimension(string name, DimensionDefinition definition)
    {
        Name = name;
        Definition = definition;
    }

    /// <summary>Column names accepted by <see cref="Parse(string)"/>.</summary>
    public static IReadOnlyList<string> Names => [.. Standard().Select(d => d.Name)];

    /// <summary>The column name, e.g. <c>service_group</c>.</summary>
    public string Name { get; }

    /// <summary>Whether values come from each service (code, group) rather than from the person.</summary>
    public bool IsServiceDimension => Definition.Source == AxisSource.Code;

    /// <summary>
    /// Whether the <c>total</c> of this dimension is the sum of its values when counting distinct persons. False for
    /// service dimensions: a person with services in two groups is in both and once in the total. Every dimension is
    /// additive when counting services. Protection reads this (through <see cref="CubeAxis.IsAdditive"/>).
    /// </summary>
    public bool IsAdditive => Definition.IsAdditive;

    /// <summary>Service code number (<c>service_code</c>; values like <c>15</c>).</summary>
    public static Dimension ServiceCode { get; } = new("service_code", new ServiceCodeDimension());

    /// <summary>Helsedirektoratet's five service groups (<c>service_group</c>; values as in service_groups.csv, e.g. <c>hjemmeboende</c>).</summary>
    public static Dimension ServiceGroup { get; } = new("service_group", new ServiceGroupingDimension(null));

    /// <summary>The 19 helsefellesskap (<c>helsefellesskap</c>; values are their ids, e.g. <c>ostfold</c>).</summary>
    public static Dimension Helsefellesskap { get; } = new("helsefellesskap", new HelsefellesskapDimension());

    /// <summary>The four regional health authorities (<c>regional_health_authority</c>; values <c>helse_nord</c>,
    /// <c>helse_midt_norge</c>, <c>helse_vest</c>, <c>helse_sor_ost</c>).</summary>
    public static Dimension RegionalHealthAuthority { get; } = new("regional_health_authority", new RegionalHealthAuthorityDimension());

    /// <summary>Sex (<c>sex</c>; values <c>male</c>, <c>female</c>).</summary>
    public static Dimension Sex { get; } = new("sex", new SexDimension());

    /// <summary>Bistandsbehov (<c>bistandsbehov</c>; values <c>noe_avgrenset</c>, <c>middels_til_stort</c>, <c>omfattende</c>, <c>uoppgitt</c>).</summary>
    public static Dimension Bistandsbehov { get; } = new("bistandsbehov", new EpisodeAttributeDimension(AxisSource.Bistandsbehov));

    /// <summary>Whether the person has a coordinator (<c>coordinator</c>; values <c>yes</c>, <c>no</c>, <c>unknown</c> = not reported).</summary>
    public static Dimension Coordinator { get; } = new("coordinator", new EpisodeAttributeDimension(AxisSource.Coordinator));

    /// <summary>Whether the person has an individual plan (<c>individual_plan</c>; values <c>yes</c>, <c>no</c>, <c>unknown</c>).</summary>
    public static Dimension IndividualPlan { get; } = new("individual_plan", new EpisodeAttributeDimension(AxisSource.IndividualPlan));

    /// <summary>Start month, for service starts only (<c>month</c>; values <c>YYYY-MM</c>).</summary>
    public static Dimension Month { get; } = new("month", new MonthDimension());

    /// <summary>Residence municipality by number of residents (<c>municipality_size_class</c>; values <c>0-4999</c>,
    /// <c>5000-19999</c>, <c>20000+</c>): residents on 1 January of the year counted (SSB 07459), limits 5 000 and 20 000
    /// (this library's choice, not an official classification; see <see cref="MunicipalitySizeClasses"/> for others).</summary>
    public static Dimension MunicipalitySizeClass { get; } = new("municipality_size_class", MunicipalitySizeClassDimension.Default);

    /// <summary>Residence municipality by number of residents in bands with the given lower limits (<c>municipality_size_class</c>).</summary>
    /// <param name="limits">Positive, strictly ascending lower limits of every band but the first, e.g. 5000, 20000.</param>
    /// <exception cref="ArgumentException">The limits are empty, not positive or not ascending.</exception>
    public static Dimension MunicipalitySizeClasses(params int[] limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return new Dimension("municipality_size_class", MunicipalitySizeClassDimension.Of(limits));
    }

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
        return new Dimension(name, new ServiceGroupingDimension(grouping));
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
        return new Dimension("municipality", new MunicipalityDimension(structureYear));
    }

    /// <summary>Age on 31 December of the year counted, in the bands of an age group set (<c>age_group</c>; values
    /// are the bands' labels, e.g. <c>80-89</c>, <c>90+</c>). Rates use the same bands for the population.</summary>
    /// <param name="ageGroups">The bands, e.g. <see cref="AgeGroupSet.Kostra"/>.</param>
    public static Dimension AgeGroups(AgeGroupSet ageGroups)
    {
        ArgumentNullException.ThrowIfNull(ageGroups);
        return new Dimension("age_group", new AgeGroupDimension(ageGroups));
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
    /// <param name="name">A column name (<c>rha</c> is accepted for <c>regional_health_authority</c>).</param>
    /// <param name="dimension">The dimension when known.</param>
    public static bool TryParse(string? name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Dimension? dimension)
    {
        var key = name?.Trim().ToLowerInvariant();
        key = key == "rha" ? RegionalHealthAuthority.Name : key;
        dimension = Standard().FirstOrDefault(d => string.Equals(d.Name, key, StringComparison.Ordinal));
        return dimension is not null;
    }

    /// <summary>Same name, kind and parameters.</summary>
    public bool Equals(Dimension? other) =>
        other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal) && Definition.Equals(other.Definition);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Dimension);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Name), Definition);

    /// <summary>The column name.</summary>
    public override string ToString() => Name;

    /// <summary>The standard dimension of each name, in the order of <see cref="Names"/> (a new dimension is listed here).</summary>
    private static Dimension[] Standard() =>
    [
        ServiceCode, ServiceGroup, Helsefellesskap, RegionalHealthAuthority, Municipality(), AgeGroup, Sex,
        Bistandsbehov, Coordinator, IndividualPlan, Month, MunicipalitySizeClass,
    ];

    /// <summary>The definition: value source, categories, margin, population match.</summary>
    internal DimensionDefinition Definition { get; }

    /// <summary>Binds the dimension to a view and the years counted.</summary>
    internal AxisBinding Bind(CountingView view, int firstYear, int lastYear, AggregationContext context) =>
        Definition.Bind(Name, new DimensionScope(view, firstYear, lastYear, context)).WithAdditive(Definition.IsAdditive);
}
