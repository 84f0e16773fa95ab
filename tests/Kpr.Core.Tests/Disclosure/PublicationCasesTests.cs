using Kpr.Core.Disclosure;

namespace Kpr.Core.Tests.Disclosure;

/// <summary>
/// The publication cases of issue 12 and ../shared/cases/2026-11-30 (README, protect-two-ones.csv): each is first shown
/// to give a count away when protected as before (the LP attacker finds it), then protected as a publication and audited
/// clean.
/// </summary>
public sealed class PublicationCasesTests
{
    private static readonly string[] HdirBands = ["0-17", "18-49", "50-66", "67-79", "80-89", "90+"];

    private static bool HiddenByPrimaryOnly(Publication publication, ProtectionOptions options, int t, int c)
    {
        var cell = publication.Tables[t].Cells[c];
        return options.PrimaryReason(cell.Count, cell.Denominator) != SuppressionReason.None;
    }

    private static void AssertProtected(ProtectedPublication result)
    {
        var audit = result.Audit();
        Assert.True(audit.IsSafe, string.Join("; ", audit.Findings));
        var publication = result.Publication;
        for (var t = 0; t < publication.Tables.Count; t++)
        {
            for (var c = 0; c < publication.Tables[t].Cells.Count; c++)
            {
                var cell = publication.Tables[t].Cells[c];
                if (result.Options.PrimaryReason(cell.Count, cell.Denominator) != SuppressionReason.None)
                {
                    Assert.True(result.IsHidden(t, c), $"primary cell {cell} is shown");
                }
                if (cell.Count == 0)
                {
                    Assert.False(result.IsHidden(t, c), $"zero {cell} is hidden");
                }
            }
        }
    }

    [Fact]
    public void Two_ones_beside_shown_zeros_are_both_exactly_one_until_a_third_cell_is_hidden()
    {
        // protect-two-ones.csv: 15 persons of municipality 4601 with service 15 from 2021-03-01, born 2010 (10), 1990 (3),
        // 1960 (1), 1950 (1): ages on 31.12.2021 in Helsedirektoratet's bands 0-17: 10, 18-49: 3, 50-66: 1, 67-79: 1.
        var age = FinestAxis.Create("age", HdirBands);
        var grid = PublicationGrid.Create([age]);
        var table = grid.TableFromFinest("by_age", [TableAxis.WithTotal("age_group", age)], [10, 3, 1, 1, 0, 0]);
        var publication = Publication.Create([table]);
        var options = ProtectionOptions.Create(3);

        var before = PublicationAuditor.Audit(publication, (t, c) => HiddenByPrimaryOnly(publication, options, t, c), options);
        Assert.Equal(2, before.Determined.Count());
        Assert.All(before.Determined, f => Assert.Equal((1L, 1L), (f.Lower, f.Upper!.Value)));

        var result = PublicationProtector.Protect(publication, options);
        AssertProtected(result);
        Assert.Equal(3, result.HiddenCount);
        Assert.True(result.IsHidden(0, table.IndexOf("18-49")), "the 3 is the smallest partner that gives the ones an interval");
    }

    [Fact]
    public void A_row_with_three_singletons_gets_a_fourth_hidden_cell()
    {
        // Three ones in a row whose other cells are large: the row total minus the shown cells is 3 = 1 + 1 + 1.
        var region = FinestAxis.Create("region", ["r1", "r2", "r3"]);
        var age = FinestAxis.Create("age", ["a1", "a2", "a3", "a4", "a5"]);
        var grid = PublicationGrid.Create([region, age]);
        long[] counts =
        [
            1, 1, 1, 40, 50,
            9, 12, 14, 30, 25,
            7, 8, 11, 20, 33,
        ];
        var table = grid.TableFromFinest("region_age", [TableAxis.WithTotal("region", region), TableAxis.WithTotal("age_group", age)], counts);
        var publication = Publication.Create([table]);
        var options = ProtectionOptions.Create(3);
        var before = PublicationAuditor.Audit(publication, (t, c) => HiddenByPrimaryOnly(publication, options, t, c), options);
        Assert.Equal(3, before.Determined.Count());

        var result = PublicationProtector.Protect(publication, options);
        AssertProtected(result);
        Assert.True(result.HiddenCount >= 5, result.ToString());
    }

    [Fact]
    public void A_service_group_equal_to_the_distinct_person_total_is_protected_with_the_total()
    {
        // In helsefellesskap h1 every recipient has hjemmeboende only (4 persons) and the other groups show 0: the
        // distinct-person total equals the hidden group. Finest cells are membership patterns, so the LP knows it.
        var region = FinestAxis.Create("helsefellesskap", ["h1", "h2", "h3"]);
        var pattern = FinestAxis.MembershipPatterns("services", ["hjemmeboende", "institusjon", "tvang"]);
        var grid = PublicationGrid.Create([region, pattern]);
        var counts = new long[grid.FinestCellCount];
        counts[grid.FinestIndex("h1", "hjemmeboende")] = 4;
        foreach (var h in new[] { "h2", "h3" })
        {
            counts[grid.FinestIndex(h, "hjemmeboende")] = 40;
            counts[grid.FinestIndex(h, "institusjon")] = 12;
            counts[grid.FinestIndex(h, "hjemmeboende+institusjon")] = 6;
            counts[grid.FinestIndex(h, "tvang")] = 7;
        }
        var table = grid.TableFromFinest("hf_service",
            [TableAxis.WithTotal("helsefellesskap", region), TableAxis.Membership("service_group", pattern)], counts);
        var publication = Publication.Create([table]);
        Assert.Equal(4, table.Cells[table.IndexOf("h1", "total")].Count);
        Assert.Equal(46, table.Cells[table.IndexOf("h2", "hjemmeboende")].Count);
        Assert.Equal(65, table.Cells[table.IndexOf("h2", "total")].Count); // distinct persons, not 46 + 18 + 7 = 71

        var options = ProtectionOptions.Create(5);
        var before = PublicationAuditor.Audit(publication, (t, c) => HiddenByPrimaryOnly(publication, options, t, c), options);
        Assert.NotEmpty(before.Findings);

        var result = PublicationProtector.Protect(publication, options);
        AssertProtected(result);
        Assert.True(result.IsHidden(0, table.IndexOf("h1", "total")));
    }

    [Fact]
    public void Age_bands_one_year_apart_give_the_single_year_away_unless_protected_together()
    {
        // 0-66,67+ next to 0-65,66+: their difference is the persons aged 66 (here 3), a cell neither table shows.
        var age = FinestAxis.Create("age", ["0-65", "66", "67+"]);
        var grid = PublicationGrid.Create([age]);
        long[] counts = [120, 3, 80];
        var a = grid.Table("bands_67", [TableAxis.Bands("age_group", age, [("0-66", ["0-65", "66"]), ("67+", ["67+"])])], codes => Sum(codes[0]));
        var b = grid.Table("bands_66", [TableAxis.Bands("age_group", age, [("0-65", ["0-65"]), ("66+", ["66", "67+"])])], codes => Sum(codes[0]));
        var publication = Publication.Create([a, b], grid.UnpublishedFinestCells(v => counts[age.IndexOf(v[0])]));
        var options = ProtectionOptions.Create(5);

        var before = PublicationAuditor.Audit(publication, (_, _) => false, options);
        var single = Assert.Single(before.Findings);
        Assert.Null(single.Table);
        Assert.Equal(["66"], single.Codes);
        Assert.Equal((3L, 3L), (single.Lower, single.Upper!.Value));

        var result = PublicationProtector.Protect(publication, options);
        AssertProtected(result);
        Assert.Equal(a.Cells[0].Count, b.Cells[0].Count); // the shared total is one figure
        Assert.False(result.IsHidden(0, 0));

        long Sum(string band) => band switch
        {
            "total" => 203,
            "0-66" => 123,
            "67+" => 80,
            "0-65" => 120,
            "66+" => 83,
            _ => throw new ArgumentException(band),
        };
    }

    [Fact]
    public void Municipality_and_helsefellesskap_tables_are_protected_jointly()
    {
        // Municipalities m1, m2 in helsefellesskap A and m3, m4 in B; m1 = 2 is small. Protected alone, the municipality
        // table hides m1 with its smallest partner m3 = 7, but the helsefellesskap table shows A, so m1 = A − m2.
        var municipality = FinestAxis.Create("municipality", ["m1", "m2", "m3", "m4"]);
        var grid = PublicationGrid.Create([municipality]);
        long[] counts = [2, 10, 7, 8];
        var byMunicipality = grid.TableFromFinest("by_municipality", [TableAxis.WithTotal("municipality", municipality)], counts);
        var byHf = grid.TableFromFinest("by_helsefellesskap",
            [TableAxis.Bands("helsefellesskap", municipality, [("A", ["m1", "m2"]), ("B", ["m3", "m4"])])], counts);
        var options = ProtectionOptions.Create(5);

        var alone = PublicationProtector.Protect(Publication.Create([byMunicipality]), options);
        AssertProtected(alone);
        var together = Publication.Create([byMunicipality, byHf]);
        var separately = PublicationAuditor.Audit(together, (t, c) => t == 0 && alone.IsHidden(0, c), options);
        Assert.NotEmpty(separately.Findings);

        var result = PublicationProtector.Protect(together, options);
        AssertProtected(result);
        Assert.True(alone.IsHidden(0, byMunicipality.IndexOf("m3")));
        Assert.True(result.IsHidden(0, byMunicipality.IndexOf("m2")) || result.IsHidden(1, byHf.IndexOf("A")));
    }

    [Fact]
    public void A_national_table_beside_a_regional_one_protects_the_persons_placed_nowhere()
    {
        // The national total includes 2 persons not placed in any helsefellesskap: national − Σ regions = 2.
        var region = FinestAxis.Create("region", ["h1", "h2", "unplaced"]);
        var grid = PublicationGrid.Create([region]);
        long[] counts = [30, 25, 2];
        var national = grid.TableFromFinest("national", [TableAxis.Create("country", region, [("total", region.Values)])], counts);
        var regional = grid.TableFromFinest("regional", [TableAxis.Create("helsefellesskap", region, [("h1", ["h1"]), ("h2", ["h2"])])], counts);
        var publication = Publication.Create([national, regional], grid.UnpublishedFinestCells(v => counts[region.IndexOf(v[0])]));
        var options = ProtectionOptions.Create(5);
        Assert.NotEmpty(PublicationAuditor.Audit(publication, (_, _) => false, options).Findings);
        var result = PublicationProtector.Protect(publication, options);
        AssertProtected(result);
    }
}
