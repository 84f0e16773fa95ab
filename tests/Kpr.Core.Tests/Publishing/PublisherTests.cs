using Kpr.Core.Aggregation;
using Kpr.Core.Disclosure;
using Kpr.Core.Population;
using Kpr.Core.Publishing;
using Kpr.Core.Regions;
using Kpr.Core.Register;
using Kpr.Core.Services;
using NodaTime;

namespace Kpr.Core.Tests.Publishing;

/// <summary>The one path from a query result to a published table: statuses follow the counts a figure is computed from.</summary>
public class PublisherTests
{
    private static ServiceEpisode Home(int person, string municipality, int birth) =>
        new("p" + person, birth, Sex.Female, MunicipalityCode.Parse(municipality), ServiceCode.FromNumber(15), new LocalDate(2021, 3, 1),
            null, null, Bistandsbehov.Uoppgitt, person % 3 == 0, null, null);

    // 40 recipients in Oslo, 2 in Bergen: with threshold 5 Bergen's count (and everything from it) is hidden.
    private static readonly EpisodeRegister Register = EpisodeRegister.FromEpisodes(
        Enumerable.Range(0, 40).Select(i => Home(i, "0301", 1930 + i)).Concat([Home(100, "4601", 1950), Home(101, "4601", 1951)]));

    [Fact]
    public void Without_protection_every_cell_is_the_result_table_cell()
    {
        var rates = Register.CountRecipientRates(CountingPeriod.YearEnd(2021), [Dimension.Helsefellesskap]);
        var published = Publisher.Publish(rates);
        var table = rates.ToTable();
        Assert.Equal(table.Columns.ToArray(), published.Columns.ToArray());
        Assert.Equal(table.Rows.Length, published.Rows.Length);
        for (var r = 0; r < table.Rows.Length; r++)
        {
            for (var c = 0; c < table.Columns.Length; c++)
            {
                Assert.Equal(table.Rows[r][c], published.Rows[r][c].Value);
                Assert.False(published.Rows[r][c].IsHidden);
            }
        }
    }

    [Fact]
    public void A_hidden_count_hides_the_rate_and_its_interval_but_not_the_public_population()
    {
        var rates = Register.CountRecipientRates(CountingPeriod.YearEnd(2021), [Dimension.Helsefellesskap]);
        var published = Publisher.Publish(rates, ProtectionOptions.Create(5));
        var bergen = published.Find("bergen")!.Value;
        foreach (var column in new[] { "count", "rate", "lower", "upper" })
        {
            var cell = bergen[published.ColumnIndex(column)];
            Assert.True(cell.IsHidden, column);
            Assert.Null(cell.Value);
            Assert.Equal(":", cell.ToString());
            Assert.Equal(SuppressionReason.SmallCount, cell.Reason);
        }
        Assert.False(bergen[published.ColumnIndex("population")].IsHidden);
        Assert.Equal(rates.RateAt("bergen").Population!.Value, (double)bergen[published.ColumnIndex("population")].Value!, 6);
        // The protection is CubeProtection's: the same cells are hidden.
        var protectedCube = rates.Recipients.Protect(ProtectionOptions.Create(5));
        foreach (var row in published.Rows)
        {
            var hidden = protectedCube.IsHidden(protectedCube.Table.CellIndex((string)row[0].Value!));
            Assert.Equal(hidden, row[published.ColumnIndex("count")].IsHidden);
        }
    }

    [Fact]
    public void Share_figures_follow_both_their_count_and_their_denominator()
    {
        var shares = Register.CountShares(CountingPeriod.YearEnd(2021), Dimension.Coordinator, "yes", [Dimension.Helsefellesskap]);
        var published = Publisher.Publish(shares, ProtectionOptions.Create(5));
        var bergen = published.Find("bergen")!.Value;
        Assert.True(bergen[published.ColumnIndex("denominator")].IsHidden); // 2 recipients
        Assert.True(bergen[published.ColumnIndex("share")].IsHidden);
        var protectedCube = shares.Current.Protect(ProtectionOptions.Create(5));
        bool Hidden(params string[] codes) => protectedCube.IsHidden(protectedCube.Table.CellIndex(codes));
        var share = published.ColumnIndex("share");
        var denominator = published.ColumnIndex("denominator");
        foreach (var region in new[] { "oslo", "bergen", "total" })
        {
            var row = published.Find(region)!.Value;
            Assert.Equal(Hidden(region, "yes") || Hidden(region, "total"), row[share].IsHidden);
            Assert.Equal(Hidden(region, "total"), row[denominator].IsHidden);
            if (!row[share].IsHidden)
            {
                Assert.Equal(shares.ShareAt(region).Value, (double)row[share].Value!);
            }
        }
    }

    [Fact]
    public void Text_rounds_for_display_and_csv_keeps_full_precision()
    {
        var rates = Register.CountRecipientRates(CountingPeriod.YearEnd(2021), [Dimension.Helsefellesskap]);
        var published = Publisher.Publish(rates);
        var oslo = published.Find("oslo")!.Value;
        var rate = oslo[published.ColumnIndex("rate")];
        var decimals = published.DisplayDecimals(published.ColumnIndex("rate"));
        Assert.Equal(1, decimals);
        Assert.Equal(PresentationRoundingText((double)rate.Value!), rate.Format(decimals));
        Assert.Equal(((double)rate.Value!).ToString("R", System.Globalization.CultureInfo.InvariantCulture), rate.ToString());
        Assert.Equal(0, published.DisplayDecimals(published.ColumnIndex("population")));
    }

    private static string PresentationRoundingText(double value) =>
        Kpr.Core.Measures.PresentationRounding.Round(value, 1).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
}
