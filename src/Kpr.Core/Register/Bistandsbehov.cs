namespace Kpr.Core.Register;

/// <summary>
/// Need for assistance (bistandsbehov), the four reporting categories of Helsedirektoratet's KPR statistics, based on
/// the IPLOS function assessment (domain notes §B, source S5).
/// </summary>
/// <remarks>The default value is <see cref="Uoppgitt"/>, so an extract without the column means "not stated".
/// The numeric values are stable and used in the columnar <see cref="EpisodeRegister"/>.</remarks>
public enum Bistandsbehov
{
    /// <summary>Uoppgitt: not stated (no function assessment, or not reported).</summary>
    Uoppgitt = 0,

    /// <summary>Noe/avgrenset bistandsbehov: some or limited need.</summary>
    NoeAvgrenset = 1,

    /// <summary>Middels til stort bistandsbehov: medium to large need.</summary>
    MiddelsTilStort = 2,

    /// <summary>Omfattende bistandsbehov: extensive need.</summary>
    Omfattende = 3,
}
