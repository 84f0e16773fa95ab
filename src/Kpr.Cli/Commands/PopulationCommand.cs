using System.CommandLine;
using Kpr.Cli.Output;
using Kpr.Core.Population;
using Kpr.Core.Regions;

namespace Kpr.Cli.Commands;

/// <summary>
/// <c>kpr population --year Y --by municipality|helsefellesskap|rha|country [--age-groups NAME] [--sex]
/// [--reference start-of-year|end-of-year|mean] [--structure-year YEAR] [--membership FILE] [--format csv|json|table]</c>:
/// population denominators from SSB 07459. Columns (a public contract): one per dimension — <c>municipality</c>,
/// <c>helsefellesskap</c>, <c>rha</c> or <c>country</c>; <c>age_group</c> with --age-groups; <c>sex</c> with --sex —
/// then <c>population</c>. A question the data cannot answer is an error naming what is missing.
/// </summary>
internal static class PopulationCommand
{
    public static Command Create()
    {
        var year = new Option<int>("--year") { Description = "The statistics year.", Required = true };
        var by = new Option<string>("--by") { Description = "Region level: municipality, helsefellesskap, rha or country.", Required = true };
        var ageGroups = new Option<string?>("--age-groups")
        {
            Description = "Age bands: hdir, kostra, under21, under67, esp2013, total, single, or bands such as 0-17,18-66,67+.",
        };
        var sex = new Option<bool>("--sex") { Description = "Split by sex (male, female)." };
        var reference = new Option<string>("--reference")
        {
            Description = "Which date's population: start-of-year (1 Jan Y), end-of-year (1 Jan Y+1; default, as KPR rates per 1000) or mean.",
            DefaultValueFactory = _ => "end-of-year",
        };
        var structureYear = new Option<int?>("--structure-year") { Description = "Municipality structure to harmonise to (2018-2026; default: --year)." };
        var membership = MembershipOption.Create();
        var format = CliOptions.Format(OutputFormat.Table, "Output format: csv, json or table.");
        var command = new Command("population", "Population denominators (SSB 07459) by region level, age group and sex for a year.");
        foreach (var o in new Option[] { year, by, ageGroups, sex, reference, structureYear, membership, format })
        {
            command.Options.Add(o);
        }
        command.SetAction(parse =>
        {
            var (level, column) = (parse.GetValue(by) ?? "").Trim().ToLowerInvariant() switch
            {
                "municipality" => (RegionLevel.Municipality, "municipality"),
                "helsefellesskap" => (RegionLevel.Helsefellesskap, "helsefellesskap"),
                "rha" => (RegionLevel.RegionalHealthAuthority, "rha"),
                "country" => (RegionLevel.Country, "country"),
                var other => throw new CliException($"--by: '{other}' is not a region level; use municipality, helsefellesskap, rha or country."),
            };
            var referenceValue = (parse.GetValue(reference) ?? "").Trim().ToLowerInvariant() switch
            {
                "start-of-year" => PopulationReference.StartOfYear,
                "end-of-year" => PopulationReference.EndOfYear,
                "mean" => PopulationReference.Mean,
                var other => throw new CliException($"--reference: '{other}' is not start-of-year, end-of-year or mean."),
            };
            var groupsText = parse.GetValue(ageGroups);
            AgeGroupSet groups;
            try
            {
                groups = groupsText is null ? AgeGroupSet.Total : AgeGroupSet.Parse(groupsText);
            }
            catch (ArgumentException e)
            {
                throw new CliException("--age-groups: " + e.Message.Split(" (Parameter", 2)[0]);
            }
            var s = parse.GetValue(structureYear);
            if (s is { } sy && (sy < PopulationTable.FirstYear || sy > MunicipalityHistory.LastStructureYear))
            {
                throw new CliException($"--structure-year: {sy} is outside {PopulationTable.FirstYear}-{MunicipalityHistory.LastStructureYear}.");
            }
            var directory = MembershipOption.Resolve(parse.GetValue(membership));
            var bySex = parse.GetValue(sex);
            var result = PopulationTable.Default.Query(parse.GetValue(year), level, groups, bySex, referenceValue, s, directory);
            if (!result.IsAvailable)
            {
                throw new CliException("population not available: " + result.Missing + ".");
            }
            var columns = new List<string> { column };
            if (groupsText is not null)
            {
                columns.Add("age_group");
            }
            if (bySex)
            {
                columns.Add("sex");
            }
            columns.Add("population");
            var table = new TabularResult(columns.ToArray());
            foreach (var cell in result.Cells)
            {
                var row = new List<object?> { cell.Region };
                if (groupsText is not null)
                {
                    row.Add(cell.AgeGroup.ToString());
                }
                if (bySex)
                {
                    row.Add(cell.Sex?.ToInvariantString());
                }
                // Presentation only: weighted splits leave float noise (…0.00000000038); three decimals keep real fractions.
                row.Add(Math.Round(cell.Population, 3));
                table.Add(row.ToArray());
            }
            table.Write(parse.InvocationConfiguration.Output, parse.GetValue(format));
            return KprApp.Success;
        });
        return command;
    }
}
