using NodaTime;

namespace Kpr.Core.Regions;

/// <summary>
/// The one place for what a municipality code recorded in a year means in that year: which helsefellesskap it belongs
/// to (used by the counting dimensions and by the population denominators alike) and which code of another year's
/// structure it became.
/// </summary>
internal static class MunicipalityInYear
{
    /// <summary>The helsefellesskap of a municipality in a year: membership on 31 December, else on 1 January (a code
    /// that ended during the year), else that of the code it became in the year's structure (an old code still on an
    /// open episode).</summary>
    public static Helsefellesskap? HelsefellesskapOf(HelsefellesskapDirectory directory, MunicipalityCode code, int year)
    {
        if (directory.Find(code, new LocalDate(year, 12, 31)) is { } h)
        {
            return h;
        }
        if (directory.Find(code, new LocalDate(year, 1, 1)) is { } h1)
        {
            return h1;
        }
        return Harmonise(directory.History, code, year, year) is { } current
            ? directory.Find(current, new LocalDate(year, 12, 31))
            : null;
    }

    /// <summary>
    /// The code in the structure of <paramref name="target"/> that <paramref name="code"/> (recorded in
    /// <paramref name="year"/>) became, or null when it was split (ambiguous) or is unknown. A code that was not valid in
    /// <paramref name="year"/> (an old code on a long episode) is harmonised from the last year it was valid.
    /// </summary>
    public static MunicipalityCode? Harmonise(MunicipalityHistory history, MunicipalityCode code, int year, int target)
    {
        var first = MunicipalityHistory.FirstStructureYear;
        var last = MunicipalityHistory.LastStructureYear;
        var y0 = Math.Clamp(year, first, last);
        int? source = null;
        for (var y = y0; y >= first && source is null; y--)
        {
            if (history.StructureOf(y).Contains(code))
            {
                source = y;
            }
        }
        for (var y = y0 + 1; y <= last && source is null; y++)
        {
            if (history.StructureOf(y).Contains(code))
            {
                source = y;
            }
        }
        if (source is null)
        {
            return null;
        }
        try
        {
            var mapping = history.Harmonise(code, source.Value, Math.Clamp(target, first, last));
            return mapping.IsAmbiguous || mapping.Targets.Count == 0 ? null : mapping.Single;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
