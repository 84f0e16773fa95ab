#:project ../src/Kpr.Core/Kpr.Core.csproj
// Municipalities through the reforms, helsefellesskap look-up and population denominators (SSB 07459).
// Run: dotnet run samples/regions-and-denominators.cs
using Kpr.Core.Population;
using Kpr.Core.Regions;
using NodaTime;

var history = MunicipalityHistory.Default;
var directory = HelsefellesskapDirectory.Default;

// One area, three codes: Halden 0101 (2018-2019) -> 3001 (2020-2023) -> 3101 (2024-).
foreach (var (code, day) in new[] { ("0101", new LocalDate(2019, 12, 31)), ("3001", new LocalDate(2020, 1, 1)), ("3101", new LocalDate(2024, 1, 1)) })
{
    var c = MunicipalityCode.Parse(code);
    var hf = directory.Get(c, day);
    Console.WriteLine($"{history.Get(c, day)} on {day:uuuu-MM-dd}: {hf.Name} ({hf.RegionalHealthAuthority.Name()})");
}

// A code that is no longer valid says what it became.
Console.WriteLine(history.ExplainInvalid(MunicipalityCode.Parse("1201"), new LocalDate(2021, 1, 1)));

// Harmonise to the 2024 structure: merges map cleanly, splits are flagged.
Console.WriteLine(history.Harmonise(MunicipalityCode.Parse("1201"), 2018, 2024));
Console.WriteLine(history.Harmonise(MunicipalityCode.Parse("5012"), 2019, 2024));

// Denominators: inhabitants 80-89 in helsefellesskap Bergen, end of 2021 (= SSB 1 January 2022).
var population = PopulationTable.Default;
var bergen80 = population.ForHelsefellesskap("bergen", 2021, AgeGroup.Between(80, 89));
Console.WriteLine($"Bergen 80-89, end of 2021: {bergen80}");

// A whole table: helsefellesskap x Helsedirektoratet's age groups, by sex, 2021.
var table = population.Query(2021, RegionLevel.Helsefellesskap, AgeGroupSet.Helsedirektoratet, bySex: true);
Console.WriteLine($"{table.Cells.Count} cells, total {table.Total:N0}");

// What the data cannot answer is said, not zero-filled.
Console.WriteLine(population.ForMunicipality(MunicipalityCode.Parse("0301"), 2019, AgeGroup.All, Sex.Female, PopulationReference.StartOfYear));
