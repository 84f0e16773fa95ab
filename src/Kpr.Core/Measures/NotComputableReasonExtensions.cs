namespace Kpr.Core.Measures;

/// <summary>Text for <see cref="NotComputableReason"/> values.</summary>
public static class NotComputableReasonExtensions
{
    /// <summary>A short English explanation, e.g. "zero denominator", for a note column; empty for <see cref="NotComputableReason.None"/>.</summary>
    /// <param name="reason">The reason.</param>
    /// <returns>The text.</returns>
    public static string Describe(this NotComputableReason reason) => reason switch
    {
        NotComputableReason.None => "",
        NotComputableReason.MissingCount => "not computable: missing count",
        NotComputableReason.MissingDenominator => "not computable: missing denominator",
        NotComputableReason.ZeroDenominator => "not computable: zero denominator",
        NotComputableReason.TotalCountBelowTen => "not computable: total count < 10",
        NotComputableReason.MissingValue => "not computable: missing value",
        NotComputableReason.MissingBaseline => "not computable: missing baseline",
        NotComputableReason.ZeroBaseline => "not computable: zero baseline",
        NotComputableReason.ZeroStratumPopulation => "not computable: a stratum has zero population",
        NotComputableReason.InvalidReference => "not computable: missing or zero reference population",
        NotComputableReason.ZeroExpected => "not computable: zero expected count",
        _ => "not computable",
    };
}
