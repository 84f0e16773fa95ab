using Kpr.Core.Services;

namespace Kpr.Cli.Report;

/// <summary>
/// The five series of Helsedirektoratet's "Omsorgstjenesten – aktivitetsutvikling og erfaringer fra pandemien"
/// (domain notes §D2): tjenester til hjemmeboende, tidsbegrensede institusjonstjenester (SSB's tidsbegrenset
/// grouping: 8, 18, 19, 20, other_groupings.csv), langtidsopphold i institusjon (code 21, service_codes.csv), bolig
/// and velferdsteknologi (catalogue groups, service_groups.csv). The first three are the series of the monthly
/// comparison; bolig and velferdsteknologi are left out of it as in the publication.
/// </summary>
internal static class ReportSeries
{
    public const string Home = "hjemmeboende";
    public const string TimeLimited = "tidsbegrenset";
    public const string LongTerm = "langtidsopphold";
    public const string Housing = "bolig";
    public const string WelfareTechnology = "velferdsteknologi";

    /// <summary>All five, in the publication's order.</summary>
    public static IReadOnlyList<string> All { get; } = [Home, TimeLimited, LongTerm, Housing, WelfareTechnology];

    /// <summary>The three series of the monthly comparison.</summary>
    public static IReadOnlyList<string> Monthly { get; } = [Home, TimeLimited, LongTerm];

    /// <summary>The five series as one grouping (no code is in two series).</summary>
    public static ServiceGrouping Grouping(ServiceCatalogue catalogue, IEnumerable<string> ids) =>
        ServiceGrouping.Create("report_series", "Report series", ids.Select(id => Group(catalogue, id)));

    private static ServiceGroup Group(ServiceCatalogue catalogue, string id) => id switch
    {
        TimeLimited => ServiceGroup.Create(id, "Tidsbegrensede institusjonstjenester", "Time-limited institutional services",
            catalogue.Grouping("ssb_tidsbegrenset").Groups.SelectMany(g => g.Codes)),
        LongTerm => ServiceGroup.Create(id, "Langtidsopphold i institusjon", "Long-term institutional stays", [ServiceCode.Parse("21")]),
        _ => catalogue.Group(id),
    };
}
