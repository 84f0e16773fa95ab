using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Kpr.Cli.Report;
using Kpr.Core.Synthetic;

namespace Kpr.Cli.Tests.Report;

/// <summary>Invariants of the report's publication on small synthetic registers of random seeds and thresholds.</summary>
public sealed class PublicationPropertiesTests
{
    private static ReportData Build(int seed, int threshold)
    {
        var register = SyntheticRegister.Build(SyntheticRegisterOptions.ForPersons(3000, seed, 2018, 2021));
        var request = new ReportRequest(register, 2021, threshold, 2024, "test", IsSynthetic: true);
        return new PublicationBuilder(request, _ => { }).Build("nb");
    }

    private static bool Close(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Abs(a));

    public static Arbitrary<(int Seed, int Threshold)> Cases() =>
        Gen.Zip(Gen.Choose(1, 100_000), Gen.Elements(0, 3, 5)).ToArbitrary();

    [Property(MaxTest = 3, Arbitrary = [typeof(PublicationPropertiesTests)])]
    public void Hidden_records_carry_no_value_and_shown_values_follow_their_counts((int Seed, int Threshold) c)
    {
        var data = Build(c.Seed, c.Threshold);
        foreach (var r in data.Records)
        {
            if (!r.IsShown)
            {
                Assert.Null(r.Value);
                Assert.Null(r.Lower);
                Assert.Null(r.Upper);
                continue;
            }
            if (r.Value is { } v && r.Lower is { } lo && r.Upper is { } hi)
            {
                Assert.True(lo <= v + 1e-9 && v <= hi + 1e-9, $"{r}: interval");
            }
            if (r.Section == ReportIds.Rate && r.Count is { } n && r.Denominator is { } d && d > 0)
            {
                Assert.True(Close(1000.0 * n / d, r.Value!.Value), $"{r}: rate");
            }
            if (r.Section == ReportIds.MonthlyStarts && r.Year != 2019 && r.Count is { } s && r.Denominator is { } b && b > 0)
            {
                Assert.True(Close(100.0 * (s - b) / b, r.Value!.Value), $"{r}: change");
            }
        }
        Assert.Equal(c.Threshold == 0, data.Records.All(r => r.IsShown));
    }

    [Property(MaxTest = 2, Arbitrary = [typeof(PublicationPropertiesTests)])]
    public void Unprotected_national_counts_are_the_helsefellesskap_sums_and_coordinator_parts_add_up((int Seed, int Threshold) c)
    {
        var data = Build(c.Seed, 0);
        var rates = data.Records.Where(r => r.Section == ReportIds.Rate).ToList();
        foreach (var national in rates.Where(r => r.RegionLevel == ReportIds.Country))
        {
            var sum = rates.Where(r => r.RegionLevel == ReportIds.Helsefellesskap && r.Series == national.Series && r.Period == national.Period
                && r.Year == national.Year && r.AgeGroup == national.AgeGroup).Sum(r => r.Count ?? 0);
            Assert.Equal(national.Count, sum);
        }
        var shares = data.Records.Where(r => r.Section == ReportIds.CoordinatorShare && r.Year == 2021 && r.AgeGroup == ReportRecord.Total).ToList();
        foreach (var share in shares.Where(s => s.Value is not null))
        {
            var parts = data.Records.Where(r => r.Section == ReportIds.CoordinatorPart && r.Bistandsbehov == share.Bistandsbehov).Sum(r => r.Value ?? 0);
            Assert.True(Close(share.Value!.Value, parts), $"{share.Bistandsbehov}: parts {parts} vs share {share.Value}");
        }
    }
}
