namespace Kpr.Core.Regions;

/// <summary>
/// One piece of territory followed through the change dates while harmonising: the code it carries now, every code it
/// carried before (going forward), and, going backward out of a split that re-created earlier municipalities, the
/// earlier codes it lies within.
/// </summary>
/// <remarks>Why not the code alone: 1534 Haram (2019) and 1504 Ålesund (2019) both became 1507 in 2020, and the 2024
/// split of 1507 sends Haram's area to 1580 and the rest to 1508. Only the earlier codes tell the two apart.</remarks>
internal sealed class TerritoryTrack
{
    private TerritoryTrack(MunicipalityCode code, MunicipalityCode[] lineage, IReadOnlyList<MunicipalityCode>? within)
    {
        Code = code;
        Lineage = lineage;
        Within = within;
    }

    /// <summary>The code the territory carries now.</summary>
    public MunicipalityCode Code { get; }

    /// <summary>Every code the territory carried so far, the current one included.</summary>
    public MunicipalityCode[] Lineage { get; }

    /// <summary>Going backward: the earlier codes the territory lies within (from a split's
    /// <see cref="MunicipalityChange.Territory"/>), or null when unrestricted.</summary>
    public IReadOnlyList<MunicipalityCode>? Within { get; }

    /// <summary>A track that starts at <paramref name="code"/>.</summary>
    public static TerritoryTrack Start(MunicipalityCode code) => new(code, [code], null);

    /// <summary>The track after crossing <paramref name="edge"/> (forward: to its new code; backward: to its old code).</summary>
    public TerritoryTrack Cross(MunicipalityChange edge, bool forward, bool withinUsed)
    {
        var next = forward ? edge.NewCode : edge.OldCode;
        var within = !forward && edge.Territory.Count > 0 ? edge.Territory : withinUsed ? null : Within;
        return new TerritoryTrack(next, [.. Lineage, next], within);
    }
}
