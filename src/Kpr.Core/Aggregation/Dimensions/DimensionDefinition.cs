using Kpr.Core.Population;

namespace Kpr.Core.Aggregation;

/// <summary>
/// What a <see cref="Dimension"/> is, in one place: where its value comes from (<see cref="Source"/>), its categories
/// and how a source value maps to one (<see cref="Bind"/>), whether its margin is additive, and how it matches a
/// population for rates. One sealed record per kind of dimension, in this folder; the counting kernels know only
/// <see cref="AxisBinding"/>. Record equality (the kind and its parameters) makes two dimensions the same.
/// </summary>
internal abstract record DimensionDefinition
{
    /// <summary>Where the value comes from: the service (code), the person, the residence or the episode's attributes.</summary>
    public abstract AxisSource Source { get; }

    /// <summary>
    /// Whether the margin is the sum of the categories when counting distinct persons. False for values taken from
    /// each service (a person with services in two groups counts once in the total); every person value is additive.
    /// </summary>
    public virtual bool IsAdditive => Source != AxisSource.Code;

    /// <summary>The population level of a region dimension (for rates), or null.</summary>
    public virtual RegionLevel? RegionLevel => null;

    /// <summary>The municipality structure a region dimension is harmonised to (null: the year counted).</summary>
    public virtual int? StructureYear => null;

    /// <summary>The age bands of an age dimension (for rates), or null.</summary>
    public virtual AgeGroupSet? AgeGroupSet => null;

    /// <summary>Whether the dimension is sex (populations are split by sex to match).</summary>
    public virtual bool IsSex => false;

    /// <summary>The categories and the lookup table from the source value to a category for a view and the years counted.</summary>
    /// <param name="name">The column name.</param>
    /// <param name="scope">The view, years and reference tables.</param>
    public abstract AxisBinding Bind(string name, DimensionScope scope);
}

/// <summary>What a dimension is bound against: the register's counting view, the years counted and the reference tables.</summary>
internal readonly record struct DimensionScope(CountingView View, int FirstYear, int LastYear, AggregationContext Context);
