namespace Kpr.Cli.Report;

/// <summary>Looks records up by their keys (the page and the key findings read the publication only through this).</summary>
internal sealed class RecordIndex
{
    private readonly Dictionary<(string Section, string Series, string Period, int Year, int? Month, string Region, string Age, string? Need), ReportRecord> _byKey;

    public RecordIndex(IEnumerable<ReportRecord> records)
    {
        _byKey = [];
        foreach (var r in records)
        {
            _byKey[(r.Section, r.Series, r.Period, r.Year, r.Month, r.RegionId, r.AgeGroup, r.Bistandsbehov)] = r;
        }
    }

    public ReportRecord? Rate(string series, string period, int year, string region, string age = ReportRecord.Total) =>
        _byKey.GetValueOrDefault((ReportIds.Rate, series, period, year, null, region, age, null));

    public ReportRecord? Monthly(string series, int year, int month, string region, string age = ReportRecord.Total) =>
        _byKey.GetValueOrDefault((ReportIds.MonthlyStarts, series, ReportIds.Month, year, month, region, age, null));

    public ReportRecord? Coordinator(string section, int year, string need, string age) =>
        _byKey.GetValueOrDefault((section, "koordinator", ReportIds.YearEnd, year, null, ReportRecord.CountryId, age, need));
}
