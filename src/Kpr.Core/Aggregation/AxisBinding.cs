using System.Runtime.CompilerServices;

namespace Kpr.Core.Aggregation;

/// <summary>Where an axis takes its value from.</summary>
internal enum AxisSource : byte
{
    /// <summary>The episode's service code (service code, service group, another grouping).</summary>
    Code,
    /// <summary>Age on 31 December of the year counted.</summary>
    Age,
    /// <summary>Sex of the person.</summary>
    Sex,
    /// <summary>Residence municipality in the year (municipality, helsefellesskap, regional health authority, size class).</summary>
    Residence,
    /// <summary>Bistandsbehov category.</summary>
    Bistandsbehov,
    /// <summary>Coordinator yes/no.</summary>
    Coordinator,
    /// <summary>Individual plan yes/no.</summary>
    IndividualPlan,
    /// <summary>Start month (service starts only).</summary>
    Month,
}

/// <summary>
/// An axis bound to a view and a span of years: a lookup table from the source value to the axis index (-1 when the
/// value has no place on the axis). <see cref="IndexFor"/> is the one place the kernels read a value for an axis.
/// </summary>
internal sealed class AxisBinding
{
    public AxisBinding(CubeAxis axis, AxisSource source, int[] map, int firstYear = 0, int stride = 0, bool? isAdditive = null)
    {
        Axis = axis.WithAdditive(isAdditive ?? source != AxisSource.Code);
        Source = source;
        Map = map;
        FirstYear = firstYear;
        Stride = stride;
    }

    public CubeAxis Axis { get; }
    public AxisSource Source { get; }
    /// <summary>Code → index; age → index (ages above the table use the last entry); sex → index;
    /// (year − FirstYear) × Stride + municipality index → index; bistandsbehov/bit → index.</summary>
    public int[] Map { get; }
    public int FirstYear { get; }
    public int Stride { get; }

    /// <summary>Whether the value comes from the episode (service axes) rather than from the person.</summary>
    public bool IsServiceAxis => Source == AxisSource.Code;

    /// <summary>The same binding with the axis's margin declared additive or not (see <see cref="Dimension.IsAdditive"/>).</summary>
    public AxisBinding WithAdditive(bool isAdditive) =>
        Axis.IsAdditive == isAdditive ? this : new AxisBinding(Axis, Source, Map, FirstYear, Stride, isAdditive);

    /// <summary>A map with every entry -1 (no category).</summary>
    public static int[] Unmapped(int length)
    {
        var a = new int[length];
        Array.Fill(a, -1);
        return a;
    }

    public int MapAge(int age) => age < 0 ? -1 : Map[Math.Min(age, Map.Length - 1)];

    public int MapResidence(int year, int municipality) =>
        municipality < 0 ? -1 : Map[((year - FirstYear) * Stride) + municipality];

    /// <summary>
    /// The axis index of a person axis for one person and episode, or -1 when the value has no category.
    /// </summary>
    /// <param name="v">The view.</param>
    /// <param name="person">The person index.</param>
    /// <param name="episode">The episode whose attributes count (latest-starting counted service, or the start itself).</param>
    /// <param name="year">The year counted (age on 31 December, residence of the year).</param>
    /// <param name="monthIndex">Months since January of the first year counted (-1 when counting persons).</param>
    /// <param name="residence">The person's residence municipality index in the year, -1 when none (only read for residence axes).</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int IndexFor(CountingView v, int person, int episode, int year, int monthIndex, int residence) => Source switch
    {
        AxisSource.Age => MapAge(year - v.BirthYear[person]),
        AxisSource.Sex => Map[v.Sex[person]],
        AxisSource.Residence => MapResidence(year, residence),
        AxisSource.Bistandsbehov => Map[CountingView.Bistand(v.Attributes[episode])],
        AxisSource.Coordinator => Map[CountingView.CoordinatorBits(v.Attributes[episode])],
        AxisSource.IndividualPlan => Map[CountingView.PlanBits(v.Attributes[episode])],
        AxisSource.Month => (uint)monthIndex < (uint)Map.Length ? Map[monthIndex] : -1,
        _ => Map[v.Code[episode]],
    };
}
