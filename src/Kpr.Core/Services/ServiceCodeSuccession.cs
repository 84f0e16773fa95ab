namespace Kpr.Core.Services;

/// <summary>What happened to a service code after it ended (see <see cref="ServiceCodeInfo.Succession"/>).</summary>
public enum ServiceCodeSuccession
{
    /// <summary>The code has not ended, or ended without a rule for its successor.</summary>
    None,

    /// <summary>Another code replaces it (12 and 13 → 29 from 2019); statistics recode it
    /// (<see cref="ServiceCatalogue.Recode"/>).</summary>
    ReplacedByCode,

    /// <summary>It became a yes/no attribute of the person instead of a service (16, rehabilitation outside an
    /// institution, from 2019); leftover records count in <see cref="ServiceCodeInfo.LeftoversGroup"/>.</summary>
    BecamePersonAttribute,
}
