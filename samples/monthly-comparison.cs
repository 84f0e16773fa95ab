#:project ../src/Kpr.Core.Extracts/Kpr.Core.Extracts.csproj
#:project ../src/Kpr.Core.Synthetic/Kpr.Core.Synthetic.csproj
// Services started each month against the same month of 2019, from a register extract (or, without an
// argument, from a small built-in synthetic register). Helsedirektoratet's method: services, not persons;
// identical decisions counted once; February-December; welfare technology and housing left out.
// Run: dotnet run samples/monthly-comparison.cs [extract.csv]
using Kpr.Core.Aggregation;
using Kpr.Core.Extracts;
using Kpr.Core.Register;
using Kpr.Core.Synthetic;

EpisodeRegister register = args.Length > 0
    ? ExtractLoader.Load(args[0])
    : SyntheticRegister.Build(SyntheticRegisterOptions.ForPersons(50_000, lastYear: 2021));
var summary = register.Validation;
Console.WriteLine($"{summary.RowsRead} rows read: {summary.Accepted} accepted, {summary.Rejected} rejected, {summary.Duplicates} duplicates");

var comparison = register.CompareMonths(2019, [2020, 2021], [Dimension.ServiceGroup]);
foreach (var year in comparison.Years)
{
    foreach (var month in comparison.Months)
    {
        var change = comparison.Change(year, month, "hjemmeboende");
        Console.WriteLine($"{year}-{month:D2} home services: {(change.IsComputable ? $"{change.Percent,6:+0.0;-0.0} %" : change.Reason.ToString())}");
    }
}
