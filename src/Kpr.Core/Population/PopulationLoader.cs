using System.Globalization;
using Kpr.Core.Data;
using Kpr.Core.Regions;

namespace Kpr.Core.Population;

/// <summary>
/// Reads the embedded SSB 07459 extract (population/population_municipality.csv.gz, population/population_national.csv;
/// provenance in docs/data-sources.md) into a <see cref="PopulationTable"/>. Malformed lines are a build defect and
/// throw with the file and line.
/// </summary>
internal static class PopulationLoader
{
    /// <summary>Parses the embedded data (what <see cref="PopulationTable.Default"/> does once); also used by the load benchmark.</summary>
    public static PopulationTable Load()
    {
        const string File = "population/population_municipality.csv.gz";
        var rows = new Dictionary<(int Year, MunicipalityCode Code), int[]>();
        var sexYears = new Dictionary<int, bool>();
        var lineNumber = 1;
        Span<Range> parts = stackalloc Range[6];
        foreach (var line in EmbeddedData.ReadLines(File))
        {
            lineNumber++;
            var span = line.AsSpan();
            if (span.Split(parts, ',') != 5)
            {
                throw new InvalidOperationException($"{File} line {lineNumber}: expected year,municipality_code,sex,age,population.");
            }
            var year = int.Parse(span[parts[0]], NumberStyles.None, CultureInfo.InvariantCulture);
            var code = MunicipalityCode.TryParse(span[parts[1]], out var c) ? c : throw new InvalidOperationException($"{File} line {lineNumber}: bad municipality_code.");
            var sexText = span[parts[2]];
            var age = int.Parse(span[parts[3]], NumberStyles.None, CultureInfo.InvariantCulture);
            var population = int.Parse(span[parts[4]], NumberStyles.None, CultureInfo.InvariantCulture);
            var hasSex = !sexText.SequenceEqual("total");
            if (sexYears.TryGetValue(year, out var known) && known != hasSex)
            {
                throw new InvalidOperationException($"{File} line {lineNumber}: year {year} mixes total and by-sex rows.");
            }
            sexYears[year] = hasSex;
            var slot = !hasSex ? 0 : sexText.SequenceEqual("male") ? 0 : sexText.SequenceEqual("female") ? 1
                : throw new InvalidOperationException($"{File} line {lineNumber}: unknown sex.");
            if (year is < PopulationTable.FirstYear or > PopulationTable.LastYear || age is < 0 or > AgeGroup.TopAge)
            {
                throw new InvalidOperationException($"{File} line {lineNumber}: year or age out of range.");
            }
            if (!rows.TryGetValue((year, code), out var vector))
            {
                rows[(year, code)] = vector = new int[2 * PopulationTable.Ages];
            }
            vector[(slot * PopulationTable.Ages) + age] = population;
        }
        var years = new PopulationYearData[PopulationTable.LastYear - PopulationTable.FirstYear + 1];
        for (var y = PopulationTable.FirstYear; y <= PopulationTable.LastYear; y++)
        {
            var hasSex = sexYears[y];
            var slots = hasSex ? 2 : 1;
            var codes = rows.Keys.Where(k => k.Year == y).Select(k => k.Code).Order().ToArray();
            var values = new int[codes.Length * slots * PopulationTable.Ages];
            for (var i = 0; i < codes.Length; i++)
            {
                rows[(y, codes[i])].AsSpan(0, slots * PopulationTable.Ages).CopyTo(values.AsSpan(i * slots * PopulationTable.Ages));
            }
            years[y - PopulationTable.FirstYear] = new PopulationYearData(y, hasSex, codes, codes.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i), values);
        }
        var national = new int[PopulationTable.LastYear - PopulationTable.FirstYear + 1][];
        for (var i = 0; i < national.Length; i++)
        {
            national[i] = new int[3 * PopulationTable.Ages];
        }
        foreach (var line in EmbeddedData.ReadLines("population/population_national.csv"))
        {
            var f = line.Split(',');
            var y = int.Parse(f[0], CultureInfo.InvariantCulture);
            var slot = f[1] switch { "total" => 0, "male" => 1, "female" => 2, _ => throw new InvalidOperationException("population_national.csv: unknown sex.") };
            national[y - PopulationTable.FirstYear][(slot * PopulationTable.Ages) + int.Parse(f[2], CultureInfo.InvariantCulture)] = int.Parse(f[3], CultureInfo.InvariantCulture);
        }
        return new PopulationTable(years, national, MunicipalityHistory.Default);
    }
}
