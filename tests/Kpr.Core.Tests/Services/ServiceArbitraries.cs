using FsCheck;
using FsCheck.Fluent;
using Kpr.Core.Services;
using NodaTime;

namespace Kpr.Core.Tests.Services;

/// <summary>Arbitraries for the service tests: every well-formed code (known or not) and dates around the KPR years.</summary>
public static class ServiceArbitraries
{
    /// <summary>Any code 1–99 (most are unknown to the catalogue, which is the point); shrinks towards 1.</summary>
    public static Arbitrary<ServiceCode> ServiceCode() =>
        ArbMap.Default.ArbFor<int>().Convert(
            n => Kpr.Core.Services.ServiceCode.FromNumber(1 + Math.Abs(n % 99)),
            c => c.Number - 1);

    /// <summary>Dates 2016-01-01 … 2027-12-31, with the code-set change (2018-12-31/2019-01-01) often hit.</summary>
    public static Arbitrary<LocalDate> LocalDate()
    {
        var start = new LocalDate(2016, 1, 1);
        var anyDay = Gen.Choose(0, 12 * 366 - 1).Select(d => start.PlusDays(d));
        var boundary = Gen.Elements(new LocalDate(2018, 12, 31), new LocalDate(2019, 1, 1), new LocalDate(2018, 1, 1));
        return Gen.Frequency((4, anyDay), (1, boundary)).ToArbitrary();
    }
}
