using System.Globalization;
using NodaTime;

namespace Kpr.Core.Regions;

/// <summary>One dated edge in the municipality history: <see cref="OldCode"/> (valid until the day before
/// <see cref="Date"/>) went, wholly or partly, to <see cref="NewCode"/> (valid from <see cref="Date"/>).</summary>
/// <remarks>Thread safety: immutable. Equality is reference equality; every change exists once in
/// <see cref="MunicipalityHistory.Changes"/>.</remarks>
public sealed class MunicipalityChange
{
    internal MunicipalityChange(LocalDate date, MunicipalityCode oldCode, MunicipalityCode newCode, MunicipalityChangeKind kind, IReadOnlyList<MunicipalityCode>? territory = null)
    {
        Date = date;
        OldCode = oldCode;
        NewCode = newCode;
        Kind = kind;
        Territory = territory ?? [];
    }

    /// <summary>The day the new structure took effect (1 January).</summary>
    public LocalDate Date { get; }

    /// <summary>The code before the change.</summary>
    public MunicipalityCode OldCode { get; }

    /// <summary>The code from <see cref="Date"/> on.</summary>
    public MunicipalityCode NewCode { get; }

    /// <summary>What kind of change it was.</summary>
    public MunicipalityChangeKind Kind { get; }

    /// <summary>
    /// For a split that re-creates earlier municipalities with their old area: the earlier codes whose whole area
    /// <see cref="NewCode"/> covers (2024 1507 Ålesund → 1580 Haram: 1534, the Haram of 2019). Empty for every other
    /// change. Harmonisation follows this territory, so a record of 1534 (2019) maps to 1580 (2024) exactly.
    /// </summary>
    /// <remarks>Source: the embedded <c>regions/territory_lineage.csv</c> (see docs/data-sources.md and
    /// docs/methods.md, "Reversals and splits").</remarks>
    public IReadOnlyList<MunicipalityCode> Territory { get; }

    /// <summary>E.g. <c>2020-01-01 1201 -&gt; 4601 Merge</c>, culture-invariant.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Date:uuuu'-'MM'-'dd} {OldCode} -> {NewCode} {Kind}");
}
