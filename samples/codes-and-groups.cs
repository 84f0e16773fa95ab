#:project ../src/Kpr.Core/Kpr.Core.csproj
// The dated KPR service-code catalogue: what was valid when, in which group, and how old codes are recoded.
// Run: dotnet run samples/codes-and-groups.cs
using Kpr.Core.Services;
using NodaTime;

var catalogue = ServiceCatalogue.Default;
foreach (var day in new[] { new LocalDate(2018, 6, 1), new LocalDate(2021, 6, 1) })
{
    Console.WriteLine($"Codes valid on {day:yyyy-MM-dd}:");
    foreach (var group in catalogue.ValidOn(day).GroupBy(c => c.Group.Id))
    {
        Console.WriteLine($"  {group.Key,-18} {string.Join(' ', group.Select(c => c.Code))}");
    }
}

// 12 (omsorgsbolig) ended 2018-12-31; statistics recode it to 29.
var recoded = catalogue.Recode(ServiceCode.Parse("12"), new LocalDate(2019, 3, 1));
Console.WriteLine($"12 on 2019-03-01 -> {recoded}");
Console.WriteLine($"Group of 21: {catalogue.GroupOf(ServiceCode.Parse("21"))}");
