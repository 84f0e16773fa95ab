#:project ../src/Kpr.Core.Extracts/Kpr.Core.Extracts.csproj
#:project ../src/Kpr.Core.Synthetic/Kpr.Core.Synthetic.csproj
// A register extract end to end: generate a synthetic register, write it as an extract CSV, read it back with
// validation, and look at the compact columnar register (grouped by person, 16 bytes of columns per episode).
// Run: dotnet run samples/register-extract.cs
using Kpr.Core.Extracts;
using Kpr.Core.Register;
using Kpr.Core.Synthetic;

var path = Path.Combine(Path.GetTempPath(), "kpr-sample-extract.csv");
using (var writer = ExtractWriter.Create(path))
{
    foreach (var episode in SyntheticRegister.Generate(SyntheticRegisterOptions.ForPersons(2_000, seed: 7)))
    {
        writer.Write(episode);
    }
}

// Read, validate, deduplicate: every row is accepted, rejected or a duplicate, each issue with file, line and field.
var register = ExtractLoader.Load(path, new ExtractReadOptions { MaxErrors = 1_000 });
Console.WriteLine(register.Validation);
foreach (var issue in register.Validation.Issues.Take(10))
{
    Console.WriteLine(issue);
}

Console.WriteLine($"{register.EpisodeCount} episodes of {register.PersonCount} persons, {register.BytesPerEpisode:F1} bytes per episode");

// Residence per person and year = the municipality of the last episode overlapping that year (valid codes first);
// none (null) in a year in which the person had no service, which the register does not guess.
var person = 0;
for (var year = 2018; year <= 2023; year++)
{
    var residence = register.Residence(person, year);
    Console.WriteLine(residence is { } municipality
        ? $"person 0 lived in {municipality} in {year}"
        : $"person 0 has no residence in {year} (no service that year)");
}

// Episodes as records (the register's columns are internal storage; counting goes through RegisterAggregation).
var day = new NodaTime.LocalDate(2021, 12, 31);
var active = register.Episodes().Count(e => e.Start <= day && (e.End is null || e.End >= day));
Console.WriteLine($"episodes active on 2021-12-31: {active}");
File.Delete(path);
