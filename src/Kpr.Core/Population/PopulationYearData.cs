using Kpr.Core.Regions;

namespace Kpr.Core.Population;

/// <summary>One 1 January of SSB 07459 as loaded: codes in order, their index, and a vector per code of
/// <c>Slots × (TopAge + 1)</c> counts (one slot for both sexes, or male then female).</summary>
internal sealed record PopulationYearData(int Year, bool HasSex, MunicipalityCode[] Codes, Dictionary<MunicipalityCode, int> Index, int[] Values)
{
    /// <summary>1 without sex, 2 with.</summary>
    public int Slots => HasSex ? 2 : 1;
}
