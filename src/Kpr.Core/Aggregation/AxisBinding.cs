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
    /// <summary>Residence municipality in the year (municipality, helsefellesskap, regional health authority).</summary>
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
/// value has no place on the axis).
/// </summary>
internal sealed class AxisBinding
{
    public AxisBinding(CubeAxis axis, AxisSource source, int[] map, int firstYear = 0, int stride = 0)
    {
        Axis = axis;
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

    public int MapAge(int age) => age < 0 ? -1 : Map[Math.Min(age, Map.Length - 1)];

    public int MapResidence(int year, int municipality) =>
        municipality < 0 ? -1 : Map[((year - FirstYear) * Stride) + municipality];
}
