using FsCheck;
using FsCheck.Fluent;
using Kpr.Core.Measures;

namespace Kpr.Core.Testing.Measures;

/// <summary>
/// FsCheck arbitraries for the measure types, built from FsCheck's own integer arbitraries with <c>Convert</c> so that
/// failing cases shrink (to e.g. <c>7/5 per 1000</c>). Counts and denominators stay within <see cref="int"/> range,
/// so overflow is never what a property ends up testing. Use as <c>[Property(Arbitrary = [typeof(MeasureArbitraries)])]</c>
/// or <c>Prop.ForAll(MeasureArbitraries.Rate(), …)</c>.
/// </summary>
public static class MeasureArbitraries
{
    /// <summary>Rates per 1000 at 95 %: count ≥ 0, population ≥ 1 (always computable).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Rate> Rate() =>
        ArbMap.Default.ArbFor<NonNegativeInt>().Zip(ArbMap.Default.ArbFor<PositiveInt>()).Convert(
            t => Kpr.Core.Measures.Rate.Create(t.Item1.Item, t.Item2.Item),
            r => (NonNegativeInt.NewNonNegativeInt((int)r.Count!.Value), PositiveInt.NewPositiveInt((int)r.Population!.Value)));

    /// <summary>Shares in percent at 95 %: 0 ≤ count ≤ denominator, denominator ≥ 1 (always computable).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Proportion> Proportion() =>
        ArbMap.Default.ArbFor<NonNegativeInt>().Zip(ArbMap.Default.ArbFor<PositiveInt>()).Convert(
            t => Kpr.Core.Measures.Proportion.Create(Math.Min(t.Item1.Item, t.Item2.Item), t.Item2.Item),
            p => (NonNegativeInt.NewNonNegativeInt((int)p.Count!.Value), PositiveInt.NewPositiveInt((int)p.Denominator!.Value)));

    /// <summary>Confidence levels from 0.01 % to 99.99 % in steps of 0.01 %, with 95 % and 99.8 % more often.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ConfidenceLevel> ConfidenceLevel() =>
        Gen.Frequency(
                (1, Gen.Constant(Kpr.Core.Measures.ConfidenceLevel.Percent95)),
                (1, Gen.Constant(Kpr.Core.Measures.ConfidenceLevel.Percent99_8)),
                (4, Gen.Choose(1, 9999).Select(permyriad => Kpr.Core.Measures.ConfidenceLevel.Create(permyriad / 10000.0))))
            .ToArbitrary();
}
