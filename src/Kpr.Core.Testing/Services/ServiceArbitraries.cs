using FsCheck;
using FsCheck.Fluent;
using Kpr.Core.Services;
using NodaTime;

namespace Kpr.Core.Testing.Services;

/// <summary>
/// FsCheck arbitraries and generators for the service-code catalogue. Use as
/// <c>[Property(Arbitrary = [typeof(ServiceArbitraries)])]</c> to get any <see cref="ServiceCode"/> and dates around
/// the KPR years as test arguments; the <c>Gen…</c> members give narrower generators for <c>Prop.ForAll</c>.
/// </summary>
public static class ServiceArbitraries
{
    /// <summary>The first day <see cref="LocalDate()"/> generates.</summary>
    public static readonly LocalDate FirstDate = new(2016, 1, 1);

    /// <summary>The last day <see cref="LocalDate()"/> generates.</summary>
    public static readonly LocalDate LastDate = new(2027, 12, 31);

    /// <summary>Any well-formed code 1–99 — most are unknown to the catalogue, which is the point for validation
    /// properties. Shrinks towards 1.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ServiceCode> ServiceCode() =>
        ArbMap.Default.ArbFor<int>().Convert(
            n => Kpr.Core.Services.ServiceCode.FromNumber(1 + Math.Abs(n % Kpr.Core.Services.ServiceCode.MaxNumber)),
            c => c.Number - 1);

    /// <summary>Dates from <see cref="FirstDate"/> to <see cref="LastDate"/>, with the code-set change
    /// (2018-12-31 / 2019-01-01) and 2018-01-01 generated often. No shrinking.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<LocalDate> LocalDate()
    {
        var days = Period.Between(FirstDate, LastDate, PeriodUnits.Days).Days;
        var anyDay = Gen.Choose(0, days).Select(d => FirstDate.PlusDays(d));
        var boundary = Gen.Elements(new LocalDate(2018, 12, 31), new LocalDate(2019, 1, 1), new LocalDate(2018, 1, 1));
        return Gen.Frequency((4, anyDay), (1, boundary)).ToArbitrary();
    }

    /// <summary>Codes the default catalogue knows (valid on some date).</summary>
    /// <returns>The generator.</returns>
    public static Gen<ServiceCode> KnownCode() =>
        Gen.Elements(ServiceCatalogue.Default.Codes.Select(c => c.Code).ToArray());

    /// <summary>Codes valid on a date in the default catalogue (e.g. 12 but not 29 on 2018-06-01).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentException">No code is valid on the date (never for the embedded data).</exception>
    public static Gen<ServiceCode> ValidCodeOn(LocalDate date)
    {
        var valid = ServiceCatalogue.Default.ValidOn(date).Select(c => c.Code).ToArray();
        if (valid.Length == 0)
        {
            throw new ArgumentException($"No service code is valid on {date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}.", nameof(date));
        }
        return Gen.Elements(valid);
    }
}
