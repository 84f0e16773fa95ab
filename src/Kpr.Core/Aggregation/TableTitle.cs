using System.Globalization;
using Kpr.Core.Population;

namespace Kpr.Core.Aggregation;

/// <summary>
/// Titles for result tables, as a reader would write them above a published table ("Recipients per 1000 inhabitants
/// by helsefellesskap and age group, 31 December 2021"), used as the caption in notebooks and text output.
/// </summary>
internal static class TableTitle
{
    /// <summary>"Recipients (distinct persons) by service group and age group; 9432 in all".</summary>
    public static string Of(Cube cube) =>
        (cube.Kind == CountKind.DistinctPersons ? "Recipients (distinct persons)" : "Services") + By(cube.Axes.Select(a => a.Name))
        + string.Create(CultureInfo.InvariantCulture, $"; {cube.GrandTotal} in all");

    /// <summary>"Recipients per 1000 inhabitants by helsefellesskap, on 31 December 2021 (population at the end of the year, 95 % intervals)".</summary>
    public static string Of(RateTable table) =>
        "Recipients per 1000 inhabitants" + By(table.Recipients.Axes.Select(a => a.Name)) + ", " + When(table.Period)
        + " (population " + Reference(table.Reference) + ", " + table.Level.ToString(null, CultureInfo.InvariantCulture) + " intervals)";

    /// <summary>"Share with coordinator = yes by age group, during 2021, change from 2020 in percentage points".</summary>
    public static string Of(ShareTable table, string attribute, string value) =>
        "Share with " + Words(attribute) + " = " + value
        + By(table.Current.Axes.Select(a => a.Name).Where(n => n != attribute)) + ", " + When(table.Period)
        + (table.PreviousPeriod is { } previous ? ", change from " + When(previous) + " in percentage points" : "");

    /// <summary>"Services started per month in 2020, 2021 against the same month of 2019, by helsefellesskap. Left out: …".</summary>
    public static string Of(MonthlyComparison comparison)
    {
        var by = comparison.Starts.Axes.Take(comparison.Starts.Axes.Length - 1).Select(a => a.Name).ToList();
        var text = "Services started per month" + (comparison.Options.PerDay ? " (per day)" : "") + " in "
            + string.Join(", ", comparison.Years.Select(y => y.ToString(CultureInfo.InvariantCulture)))
            + " against the same month of " + comparison.BaselineYear.ToString(CultureInfo.InvariantCulture)
            + (by.Count == 0 ? "" : "," + By(by)) + ".";
        return comparison.LeftOut.Length == 0 ? text : text + " Left out: " + comparison.LeftOut + ".";
    }

    private static string By(IEnumerable<string> axisNames)
    {
        var names = axisNames.Select(Words).ToList();
        return names.Count switch
        {
            0 => "",
            1 => " by " + names[0],
            _ => " by " + string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1],
        };
    }

    private static string Words(string axisName) => axisName.Replace('_', ' ');

    private static string When(CountingPeriod period) =>
        period.IsPointInTime ? "on " + period.From.ToString("d MMMM uuuu", CultureInfo.InvariantCulture)
        : period.From.Month == 1 && period.From.Day == 1 && period.To.Month == 12 && period.To.Day == 31 && period.From.Year == period.To.Year
            ? "during " + period.Year.ToString(CultureInfo.InvariantCulture)
            : "from " + period.From.ToString("d MMMM uuuu", CultureInfo.InvariantCulture) + " to " + period.To.ToString("d MMMM uuuu", CultureInfo.InvariantCulture);

    private static string Reference(PopulationReference reference) => reference switch
    {
        PopulationReference.StartOfYear => "at the start of the year",
        PopulationReference.Mean => "the mean of the year's start and end",
        _ => "at the end of the year",
    };
}
