using System.Globalization;

namespace Kpr.Core.Regions;

/// <summary>
/// Where one municipality code of one year's structure lies in another year's structure: one code when the
/// change was a renumbering or a merger (forward), several when the area was divided between codes
/// (a split forward, a merger backward).
/// </summary>
/// <remarks>
/// <para>A single record (one person, one service episode) cannot be placed in one of several target codes without
/// more information; <see cref="IsAmbiguous"/> says so and <see cref="Single"/> refuses. Counts can be distributed
/// with population weights (<c>Kpr.Core.Population.PopulationTable.HarmonisationWeights</c>).</para>
/// <para>Thread safety: immutable.</para>
/// </remarks>
public sealed class MunicipalityMapping
{
    internal MunicipalityMapping(MunicipalityCode source, int sourceYear, int targetYear, IReadOnlyList<MunicipalityCode> targets, IReadOnlyList<MunicipalityChange> path)
    {
        Source = source;
        SourceYear = sourceYear;
        TargetYear = targetYear;
        Targets = targets;
        Path = path;
    }

    /// <summary>The code that was harmonised (valid in <see cref="SourceYear"/>).</summary>
    public MunicipalityCode Source { get; }

    /// <summary>The year whose structure <see cref="Source"/> belongs to.</summary>
    public int SourceYear { get; }

    /// <summary>The year whose structure <see cref="Targets"/> belong to.</summary>
    public int TargetYear { get; }

    /// <summary>The codes of <see cref="TargetYear"/>'s structure that cover (parts of) the source area, in code order.</summary>
    public IReadOnlyList<MunicipalityCode> Targets { get; }

    /// <summary>The changes applied on the way, in the order applied (empty when nothing changed).</summary>
    public IReadOnlyList<MunicipalityChange> Path { get; }

    /// <summary>True when the source area is divided between several target codes.</summary>
    public bool IsAmbiguous => Targets.Count > 1;

    /// <summary>The single target code.</summary>
    /// <exception cref="InvalidOperationException">The mapping is ambiguous; the message lists the candidates.</exception>
    public MunicipalityCode Single => Targets.Count == 1
        ? Targets[0]
        : throw new InvalidOperationException(ToString() + ": the area is divided between several codes; choose a rule (e.g. population weights for counts) or supply the code.");

    /// <summary>E.g. <c>5012 (2019) -&gt; 2024: 5055 | 5056 | 5059 (ambiguous)</c>, culture-invariant.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Source} ({SourceYear}) -> {TargetYear}: {string.Join(" | ", Targets)}{(IsAmbiguous ? " (ambiguous)" : "")}");
}
