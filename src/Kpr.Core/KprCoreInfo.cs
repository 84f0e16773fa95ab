namespace Kpr.Core;

/// <summary>Facts about the library itself.</summary>
public static class KprCoreInfo
{
    /// <summary>The first statistics year the library's reference data covers (KPR replaced IPLOS in 2017/2018).</summary>
    public const int FirstYear = 2018;
}
