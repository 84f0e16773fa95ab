#:project ../src/Kpr.Core.Extracts/Kpr.Core.Extracts.csproj
// Reading a register extract from a script with only the extracts library (which brings Kpr.Core): every line is
// accounted for (accepted, rejected, duplicate), each issue with file, line and field, never with record contents.
// Run: dotnet run samples/read-extract.cs [extract.csv]   (without an argument it reads a small built-in extract)
using Kpr.Core.Extracts;
using Kpr.Core.Register;

var path = args.Length > 0 ? args[0] : WriteExample();
var register = ExtractLoader.Load(path);
Console.WriteLine(register.Validation);
foreach (var issue in register.Validation.Issues.Take(10))
{
    Console.WriteLine(issue);
}
Console.WriteLine($"{register.EpisodeCount} episodes of {register.PersonCount} persons");

// Three episodes of two persons, one row with a start date that does not exist (reported on its line).
static string WriteExample()
{
    var file = Path.Combine(Path.GetTempPath(), "kpr-read-extract-sample.csv");
    File.WriteAllText(file, string.Join('\n',
        string.Join(',', ExtractSchema.Columns),
        "p1,1940,2,0301,15,2021-03-01,,7.5,omfattende,1,0,",
        "p1,1940,2,0301,6,2020-01-01,2021-01-01,,,,,",
        "p2,1950,1,3001,1,2020-05-05,,,,,,",
        "p3,1950,1,3001,1,2021-02-30,,,,,,") + "\n");
    return file;
}
