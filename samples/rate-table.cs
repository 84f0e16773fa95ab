#:project ../src/Kpr.Core/Kpr.Core.csproj
// Rates per 1000 with confidence intervals (exact Poisson below 10, Byar above), for a small table of counts.
// Run: dotnet run samples/rate-table.cs
using System.Globalization;
using Kpr.Core.Measures;

(string Region, long Count, long Population)[] table =
[
    ("A", 7, 2_150),
    ("B", 412, 18_900),
    ("C", 0, 950),
    ("D", 12, 0), // a zero denominator: not computable, and the result says why
];

foreach (var (region, count, population) in table)
{
    var rate = Rate.Create(count, population, per: 1000);
    Console.WriteLine($"{region}: {rate}");
}

// Norwegian display (decimal comma) is a format provider away; computation is never rounded.
Console.WriteLine(Rate.Create(412, 18_900).ToString(null, CultureInfo.GetCultureInfo("nb-NO")));
