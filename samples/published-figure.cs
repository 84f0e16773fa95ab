#:project ../src/Kpr.Core/Kpr.Core.csproj
// Reproduces published KPR figures (Helsedirektoratet, "Omsorg 2020 - årsrapport", bruk av velferdsteknologi; see
// the domain notes §D4): the percentage change of welfare-technology users 2019 -> 2020.
// Run: dotnet run samples/published-figure.cs
using Kpr.Core.Measures;

(string Service, long Users2019, long Users2020, int PublishedPercent)[] published =
[
    ("Trygghetsalarm", 80_404, 104_003, 29),
    ("Lokaliseringsteknologi (GPS)", 2_333, 3_454, 48),
    ("Digitalt tilsyn", 3_925, 5_998, 53),
    ("Elektronisk medisineringsstøtte", 1_816, 5_712, 215),
    ("Unique welfare-technology users", 82_542, 109_385, 33),
];

var mismatches = 0;
foreach (var (service, before, after, publishedPercent) in published)
{
    var change = RelativeChange.Create(after, before);
    var rounded = PresentationRounding.Round(change.Percent, 0);
    var ok = rounded == publishedPercent;
    mismatches += ok ? 0 : 1;
    Console.WriteLine($"{service,-34} {change}  (published: +{publishedPercent} %){(ok ? "" : "  MISMATCH")}");
}
return mismatches == 0 ? 0 : 1;
