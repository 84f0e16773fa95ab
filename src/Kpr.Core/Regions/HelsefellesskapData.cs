using Kpr.Core.Data;
using Kpr.Core.Internal;
using NodaTime;
using NodaTime.Text;

namespace Kpr.Core.Regions;

/// <summary>
/// The embedded region tables (regions/helsefellesskap.csv, regions/helsefellesskap_membership.csv,
/// regions/oslo_bydel_catchment.csv; provenance in docs/data-sources.md), each loaded once on first use.
/// </summary>
internal static class HelsefellesskapData
{
    private static readonly Lazy<IReadOnlyList<Helsefellesskap>> LazyAll = new(LoadHelsefellesskap, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<IReadOnlyList<OsloDistrict>> LazyOslo = new(LoadOsloDistricts, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The 19 helsefellesskap in SKDE's area order.</summary>
    public static IReadOnlyList<Helsefellesskap> All => LazyAll.Value;

    /// <summary>Oslo's districts and their hospitals.</summary>
    public static IReadOnlyList<OsloDistrict> OsloDistricts => LazyOslo.Value;

    public static HelsefellesskapDirectory LoadDefault()
    {
        var rows = new List<HelsefellesskapMembership>();
        var problems = new List<string>();
        var lineNumber = 1;
        foreach (var line in EmbeddedData.ReadLines("regions/helsefellesskap_membership.csv"))
        {
            lineNumber++;
            var f = QuotedCsv.Split(line);
            var notes = f[5];
            string? alternative = null;
            if (notes.StartsWith("DISPUTED", StringComparison.Ordinal))
            {
                const string Marker = "Alternative id: ";
                var at = notes.LastIndexOf(Marker, StringComparison.Ordinal);
                alternative = at >= 0 ? notes[(at + Marker.Length)..].Trim() : throw new InvalidOperationException($"helsefellesskap_membership.csv line {lineNumber}: disputed row without 'Alternative id'.");
            }
            rows.Add(HelsefellesskapTableParser.TryRow($"helsefellesskap_membership.csv line {lineNumber}", f[0], f[2], f[3], f[4], alternative, notes, problems)
                ?? throw new InvalidOperationException(string.Join(" ", problems)));
        }
        return HelsefellesskapDirectory.Create(rows).GetDirectoryOrThrow();
    }

    private static IReadOnlyList<Helsefellesskap> LoadHelsefellesskap()
    {
        var list = new List<Helsefellesskap>();
        foreach (var line in EmbeddedData.ReadLines("regions/helsefellesskap.csv"))
        {
            var f = QuotedCsv.Split(line);
            if (!RegionalHealthAuthorities.TryParse(f[3], out var rha))
            {
                throw new InvalidOperationException($"helsefellesskap.csv: unknown regional health authority '{f[3]}' for {f[0]}.");
            }
            list.Add(new Helsefellesskap(f[0], f[1], f[2], rha, f[6].StartsWith("name given in brief", StringComparison.Ordinal)));
        }
        return list;
    }

    private static IReadOnlyList<OsloDistrict> LoadOsloDistricts()
    {
        var list = new List<OsloDistrict>();
        foreach (var line in EmbeddedData.ReadLines("regions/oslo_bydel_catchment.csv"))
        {
            var f = QuotedCsv.Split(line);
            LocalDate? D(string t) => t.Length == 0 ? null : LocalDatePattern.Iso.Parse(t).GetValueOrThrow();
            list.Add(new OsloDistrict(f[0], f[1], f[4], f[2], D(f[5]), D(f[6]), f[7]));
        }
        return list;
    }
}
