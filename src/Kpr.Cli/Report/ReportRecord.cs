namespace Kpr.Cli.Report;

/// <summary>
/// One tidy record of the report's publication: every number the HTML page, the dashboard, <c>--format json</c> and
/// <c>--format csv</c> show comes from these records (columns documented in docs/report-format.md).
/// </summary>
/// <param name="Section"><c>rate</c>, <c>monthly_starts</c>, <c>coordinator_share</c>, <c>coordinator_part</c> or <c>coordinator_change</c>.</param>
/// <param name="Series">The service series, e.g. <c>hjemmeboende</c> (see <see cref="ReportSeries"/>).</param>
/// <param name="Period"><c>during_year</c>, <c>year_end</c> or <c>month</c>.</param>
/// <param name="Year">The calendar year counted.</param>
/// <param name="Month">1–12 for monthly records, else null.</param>
/// <param name="RegionLevel"><c>country</c> or <c>helsefellesskap</c>.</param>
/// <param name="RegionId"><see cref="ReportRecord.CountryId"/> or a helsefellesskap id.</param>
/// <param name="AgeGroup"><c>total</c> or a band such as <c>80-89</c>.</param>
/// <param name="Bistandsbehov"><c>total</c> or a need group id for coordinator records, else null.</param>
/// <param name="Count">The numerator (persons or starts); null when hidden.</param>
/// <param name="Denominator">Population (rates), baseline-month starts (monthly), recipients (shares); null when hidden or unknown.</param>
/// <param name="Value">Rate per 1000, percent change, share in percent or change in percentage points; null when hidden or not computable.</param>
/// <param name="Lower">Lower 95 % limit of <paramref name="Value"/>, or null.</param>
/// <param name="Upper">Upper 95 % limit of <paramref name="Value"/>, or null.</param>
/// <param name="Status"><c>shown</c> or <c>hidden</c> (small-count protection).</param>
internal sealed record ReportRecord(
    string Section,
    string Series,
    string Period,
    int Year,
    int? Month,
    string RegionLevel,
    string RegionId,
    string AgeGroup,
    string? Bistandsbehov,
    long? Count,
    double? Denominator,
    double? Value,
    double? Lower,
    double? Upper,
    string Status)
{
    /// <summary>The region id of the whole country.</summary>
    public const string CountryId = "norge";

    /// <summary>The id of a margin (all ages, all need groups).</summary>
    public const string Total = "total";

    /// <summary>The stable column names, in order (CSV header and JSON property names).</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "section", "series", "period", "year", "month", "region_level", "region_id", "age_group", "bistandsbehov",
        "count", "denominator", "value", "lower", "upper", "status",
    ];

    /// <summary>Whether the record is published with its numbers.</summary>
    public bool IsShown => Status == ReportStatus.Shown;
}

/// <summary>The status vocabulary of <see cref="ReportRecord.Status"/>.</summary>
internal static class ReportStatus
{
    public const string Shown = "shown";
    public const string Hidden = "hidden";
}

/// <summary>Section, period and level ids of <see cref="ReportRecord"/>.</summary>
internal static class ReportIds
{
    public const string Rate = "rate";
    public const string MonthlyStarts = "monthly_starts";
    public const string CoordinatorShare = "coordinator_share";
    public const string CoordinatorPart = "coordinator_part";
    public const string CoordinatorChange = "coordinator_change";
    public const string DuringYear = "during_year";
    public const string YearEnd = "year_end";
    public const string Month = "month";
    public const string Country = "country";
    public const string Helsefellesskap = "helsefellesskap";
}
