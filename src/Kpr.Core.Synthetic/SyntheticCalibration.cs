using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Kpr.Core.Aggregation;
using Kpr.Core.Population;
using Kpr.Core.Register;
using Kpr.Core.Services;

namespace Kpr.Core.Synthetic;

/// <summary>
/// The calibration table: each published national figure the synthetic register imitates, with its source, the
/// register's value and whether it is within tolerance. Counts are divided by the sampling fraction, so a sample of
/// the universe is compared with the country too (with more noise). Published values are copied from
/// shared/domain/kpr-domain-notes.md (source keys S5, S6, S7b, S8 …) and shared/seeds/004 (coordinator table).
/// </summary>
/// <remarks>Rates per 1 000 use SSB's population at the year's end (1 January of the next year), as the pandemic
/// report does (domain notes §D3).</remarks>
public static class SyntheticCalibration
{
    private const double LevelTolerance = 0.05;

    /// <summary>Compares a register with the published figures.</summary>
    /// <param name="register">A register covering 2018–2022 (e.g. <see cref="SyntheticRegister.Build(SyntheticRegisterOptions)"/> with years 2018–2022).</param>
    /// <param name="samplingFraction">The share of the country the register covers (1 for <see cref="SyntheticRegister.NationalPersons"/> persons).</param>
    /// <returns>The figures, in table order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="register"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="samplingFraction"/> is not in (0, 1].</exception>
    public static ImmutableArray<CalibrationFigure> Compare(EpisodeRegister register, double samplingFraction = 1.0)
    {
        ArgumentNullException.ThrowIfNull(register);
        if (!(samplingFraction > 0 && samplingFraction <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(samplingFraction), samplingFraction, "The sampling fraction must be in (0, 1].");
        }
        return [.. new Comparer(register, samplingFraction).All()];
    }

    /// <summary>The table as Markdown (figure, published value and source, synthetic value, difference, tolerance).</summary>
    /// <param name="figures">The figures from <see cref="Compare"/>.</param>
    /// <returns>The Markdown table, one row per figure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="figures"/> is null.</exception>
    public static string ToMarkdown(IEnumerable<CalibrationFigure> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var text = new StringBuilder();
        text.AppendLine("| figure | published | source | synthetic | difference | tolerance | within |");
        text.AppendLine("|---|---:|---|---:|---:|---|---|");
        foreach (var f in figures)
        {
            var tolerance = f.Kind switch
            {
                CalibrationKind.Level => string.Create(CultureInfo.InvariantCulture, $"±{f.Tolerance * 100:0} %"),
                CalibrationKind.Change => string.Create(CultureInfo.InvariantCulture, $"±{f.Tolerance:0.#} pp, same sign"),
                _ => f.Shape ?? "",
            };
            var unit = f.Unit == "persons" ? "" : " " + f.Unit;
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {f.Figure} | {f.Format(f.Published)}{(double.IsNaN(f.Published) ? "" : unit)} | {f.Source} | {f.Format(f.Synthetic)}{unit} | {f.Difference} | {tolerance} | {(f.IsWithinTolerance ? "yes" : "**no**")} |"));
        }
        return text.ToString();
    }

    private sealed class Comparer(EpisodeRegister register, double fraction)
    {
        private static readonly ServiceCatalogue Catalogue = ServiceCatalogue.Default;
        private static readonly string[] Bands = ["0-17", "18-49", "50-66", "67-79", "80-89", "90+"];
        private static readonly string[] Needs = ["noe_avgrenset", "middels_til_stort", "omfattende", "uoppgitt"];
        private static readonly string[] NeedNames = ["noe/avgrenset", "middels til stort", "omfattende", "uoppgitt"];
        private readonly ServiceSelection _home = ServiceSelection.Groups(Catalogue, "hjemmeboende");
        private readonly ServiceSelection _stays = ServiceSelection.Grouping(Catalogue.Grouping("ssb_tidsbegrenset"));
        private readonly ServiceSelection _longTerm = ServiceSelection.Codes([ServiceCode.FromNumber(21)]);
        private readonly ServiceSelection _welfare = ServiceSelection.Groups(Catalogue, "velferdsteknologi");
        private readonly ServiceSelection _base = ServiceSelection.Grouping(Catalogue.Grouping("hdir_koordinator_base"));
        private readonly List<CalibrationFigure> _figures = [];

        public List<CalibrationFigure> All()
        {
            Totals();
            Groups();
            Needs2018To2021();
            Ages2021();
            TimeLimitedAndLongTerm();
            Welfare();
            Monthly();
            Coordinator();
            Regional();
            return _figures;
        }

        private double Scaled(long count) => count / fraction;

        private double Count(CountingPeriod period, ServiceSelection? services = null) =>
            Scaled(register.CountRecipients(period, [], services).GrandTotal);

        private void Level(string id, string figure, double published, string source, double synthetic, string unit = "persons", double tolerance = LevelTolerance) =>
            _figures.Add(new CalibrationFigure(id, figure, published, source, synthetic, tolerance, CalibrationKind.Level, unit));

        private void Change(string id, string figure, double published, string source, double synthetic, double tolerance, string unit = "%") =>
            _figures.Add(new CalibrationFigure(id, figure, published, source, synthetic, tolerance, CalibrationKind.Change, unit));

        private void Shape(string id, string figure, string condition, string source, double published, double synthetic, bool holds, string unit) =>
            _figures.Add(new CalibrationFigure(id, figure, published, source, synthetic, 0, CalibrationKind.Shape, unit, holds, condition));

        private static double EndPopulation(int year, AgeGroup ages) =>
            PopulationTable.Default.NationalOnFirstJanuary(year + 1, ages).TryGetValue(out var v) ? v : double.NaN;

        private static AgeGroup Band(int i) => i switch
        {
            0 => AgeGroup.Between(0, 17),
            1 => AgeGroup.Between(18, 49),
            2 => AgeGroup.Between(50, 66),
            3 => AgeGroup.Between(67, 79),
            4 => AgeGroup.Between(80, 89),
            _ => AgeGroup.AtLeast(90),
        };

        private void Totals()
        {
            double[] during = [364_587, 364_666, 371_319, 379_806, 390_369];
            double[] yearEnd = [283_286, 280_669, 287_374, 292_942, 297_711];
            var d = new double[5];
            for (var i = 0; i < 5; i++)
            {
                var year = 2018 + i;
                d[i] = Count(CountingPeriod.During(year));
                Level($"during_{year}", $"recipients during {year}", during[i], "S8 (domain notes §D1)", d[i]);
                Level($"year_end_{year}", $"recipients on 31.12.{year}", yearEnd[i], "S8, S7b (§D1)", Count(CountingPeriod.YearEnd(year)));
            }
            for (var i = 1; i < 5; i++)
            {
                Change($"during_change_{2018 + i}", $"change in recipients during the year, {2017 + i}→{2018 + i}",
                    100 * (during[i] - during[i - 1]) / during[i - 1], "S8 (§D1)", 100 * (d[i] - d[i - 1]) / d[i - 1], 1.5);
            }
            Change("during_change_2018_2021", "change in recipients during the year, 2018→2021", 100 * (during[3] - during[0]) / during[0],
                "S8 (§D1)", 100 * (d[3] - d[0]) / d[0], 2.0);
        }

        private void Groups()
        {
            (string Id, string Name, double[] Values)[] groups =
            [
                ("hjemmeboende", "tjenester til hjemmeboende", [222_787, 227_539, 228_352, 234_374, 237_105]),
                ("bolig", "bolig", [43_502, 40_031, 43_073, 42_295, 42_198]),
                ("institusjon", "institusjonstjenester", [44_346, 43_972, 42_482, 42_796, 42_897]),
                ("velferdsteknologi", "velferdsteknologi", [80_242, 79_501, 88_120, 92_730, 99_561]),
            ];
            foreach (var (id, name, values) in groups)
            {
                var selection = ServiceSelection.Groups(Catalogue, id);
                for (var i = 0; i < 5; i++)
                {
                    var year = 2018 + i;
                    Level($"year_end_{id}_{year}", $"{name} on 31.12.{year}", values[i], "S7b (§D1)", Count(CountingPeriod.YearEnd(year), selection));
                }
            }
        }

        private void Needs2018To2021()
        {
            double[][] published =
            [
                [133_512, 113_389, 83_962, 37_747],
                [131_297, 113_616, 86_249, 33_504],
                [134_814, 113_272, 87_864, 35_369],
                [139_201, 116_245, 89_340, 35_020],
            ];
            for (var i = 0; i < 4; i++)
            {
                var year = 2018 + i;
                var cube = register.CountRecipients(CountingPeriod.During(year), [Dimension.Bistandsbehov]);
                for (var n = 0; n < 4; n++)
                {
                    Level($"during_{Needs[n]}_{year}", $"recipients during {year}, bistandsbehov {NeedNames[n]}", published[i][n], "S5 (§B)",
                        Scaled(cube.Count(Needs[n])));
                }
            }
        }

        private void Ages2021()
        {
            double[] published = [18_937, 84_196, 54_095, 79_133, 93_680, 49_765];
            var cube = register.CountRecipients(CountingPeriod.During(2021), [Dimension.AgeGroup]);
            for (var b = 0; b < 6; b++)
            {
                Level($"during_2021_age_{Bands[b]}", $"recipients during 2021, aged {Bands[b]}", published[b], "S5 (§B)", Scaled(cube.Count(Bands[b])));
            }
            var home = Count(CountingPeriod.During(2021), _home);
            Level("home_share_2021", "tjenester til hjemmeboende during 2021, % of the population", 5.9, "S6 (§G)",
                100 * home / EndPopulation(2021, AgeGroup.All), "%");
        }

        private void TimeLimitedAndLongTerm()
        {
            var stays2021 = register.CountRecipients(CountingPeriod.During(2021), [Dimension.AgeGroup], _stays);
            var stays2018 = register.CountRecipients(CountingPeriod.During(2018), [Dimension.AgeGroup], _stays);
            var total = Scaled(stays2021.Count("total"));
            Level("stays_2021", "tidsbegrensede opphold: persons during 2021 (about 72 000)", 72_000, "S6b (§G)", total);
            var old = Scaled(stays2021.Count("80-89") + stays2021.Count("90+"));
            Level("stays_2021_80plus_share", "tidsbegrensede opphold 2021: share aged 80+", 56, "S6b (§G)", 100 * old / total, "%");
            Level("stays_2021_67plus_share", "tidsbegrensede opphold 2021: share aged 67+", 84, "S6b (§G)",
                100 * (old + Scaled(stays2021.Count("67-79"))) / total, "%");
            (int Band, double Rate)[] rates = [(3, 31.9), (4, 135), (5, 302)];
            foreach (var (band, rate) in rates)
            {
                Level($"stays_2021_rate_{Bands[band]}", $"tidsbegrensede opphold 2021 per 1 000 aged {Bands[band]}", rate, "S6 (§D3)",
                    1000 * Scaled(stays2021.Count(Bands[band])) / EndPopulation(2021, Band(band)), "per 1000");
            }
            var old2018 = stays2018.Count("80-89") + stays2018.Count("90+");
            var old2021 = stays2021.Count("80-89") + stays2021.Count("90+");
            Change("stays_change_80plus", "tidsbegrensede opphold, persons aged 80+, 2018→2021", -5.8, "S6b (§G)", 100.0 * (old2021 - old2018) / old2018, 4);
            Change("stays_change_50_66", "tidsbegrensede opphold, persons aged 50–66, 2018→2021", -2.1, "S6b (§G)",
                100.0 * (stays2021.Count("50-66") - stays2018.Count("50-66")) / stays2018.Count("50-66"), 4);

            var longTerm = register.CountRecipients(CountingPeriod.During(2021), [Dimension.AgeGroup], _longTerm);
            var lt = Scaled(longTerm.Count("total"));
            Level("long_term_2021", "langtidsopphold: persons during 2021 (about 46 000)", 46_000, "S6c (§G)", lt);
            Level("long_term_2021_80plus_share", "langtidsopphold 2021: share aged 80+ (about 3 of 4)", 75, "S6c (§G)",
                100 * Scaled(longTerm.Count("80-89") + longTerm.Count("90+")) / lt, "%");
        }

        private void Welfare()
        {
            var w2018 = register.CountRecipients(CountingPeriod.During(2018), [Dimension.AgeGroup], _welfare);
            var w2021 = register.CountRecipients(CountingPeriod.During(2021), [Dimension.AgeGroup], _welfare);
            double Old(Cube c) => c.Count("80-89") + c.Count("90+");
            Change("welfare_change_80plus", "velferdsteknologi, persons aged 80+ during the year, 2018→2021", 11, "S6 (§G)",
                100 * (Old(w2021) - Old(w2018)) / Old(w2018), 5);
            Level("welfare_2021", "velferdsteknologi: persons during 2021 (about 116 000)", 116_000, "issue 16 (quoting Helsedirektoratet)",
                Scaled(w2021.Count("total")), tolerance: 0.10);
        }

        private void Monthly()
        {
            var home = register.CompareMonths(2019, [2020, 2021], [], MonthlyComparisonOptions.Default.WithServiceGroup("hjemmeboende"));
            Change("starts_home_2020_04", "starts of tjenester til hjemmeboende, April 2020 vs April 2019", -13, "S6 (§D2)", home.Change(2020, 4).Percent, 3);
            Change("starts_home_2020_05", "starts of tjenester til hjemmeboende, May 2020 vs May 2019", -7, "S6 (§D2)", home.Change(2020, 5).Percent, 3);
            var others = new List<double>();
            foreach (var year in new[] { 2020, 2021 })
            {
                foreach (var month in home.Months)
                {
                    if (year == 2020 && month is 3 or 4 or 5)
                    {
                        continue;
                    }
                    others.Add(home.Change(year, month).Percent);
                }
            }
            var meanAbs = others.Average(Math.Abs);
            Shape("starts_home_other_months", "starts of tjenester til hjemmeboende, other months of 2020–2021 vs 2019 (mean |change|)",
                "little effect: mean |change| ≤ 5 %", "S6 (§D2)", double.NaN, meanAbs, meanAbs <= 5, "%");

            var stays = register.CompareMonths(2019, [2020, 2021], [], MonthlyComparisonOptions.Default.WithServices(_stays));
            var mean2020 = stays.Months.Average(m => stays.Change(2020, m).Percent);
            var mean2021 = stays.Months.Average(m => stays.Change(2021, m).Percent);
            Shape("starts_stays_2020_vs_2021", "starts of tidsbegrensede opphold vs 2019: mean change 2020 and 2021",
                "2020 fall deeper than 2021's, both below 0", "S6 (§D2)", double.NaN, mean2021, mean2020 < mean2021 && mean2021 < 0, "%");
            var below = stays.Months.Count(m => stays.Change(2021, m).Percent < 0);
            Shape("starts_stays_2021_months_below", "starts of tidsbegrensede opphold: months of 2021 below the same month of 2019",
                "about half: 3 to 8 of 11", "issue 16", double.NaN, below, below is >= 3 and <= 8, "months");
        }

        private void Coordinator()
        {
            double[] shares = [11, 9, 12.6, 13.0];
            double[] bases = [197_160, 201_461, 202_830, 208_645];
            var synthetic = new double[4];
            for (var i = 0; i < 4; i++)
            {
                var year = 2018 + i;
                var cube = register.CountRecipients(CountingPeriod.YearEnd(year), [Dimension.Coordinator], _base);
                synthetic[i] = 100.0 * cube.Count("yes") / cube.Count("total");
                Level($"coordinator_base_{year}", $"recipients of home health care and/or practical assistance on 31.12.{year}", bases[i],
                    "Hdir KHOT 2021 table 3.6.1 (seeds/004)", Scaled(cube.Count("total")));
                // Published shares are rounded (whole percent before 2020): ±5 % or the rounding, whichever is larger.
                Change($"coordinator_share_{year}", $"share with a coordinator on 31.12.{year}", shares[i], "table 3.6.1 (seeds/004)",
                    synthetic[i], Math.Max(0.05 * shares[i], year < 2020 ? 0.5 : 0.05), "%");
            }
            Change("coordinator_change_2021", "share with a coordinator, change 2020→2021", 0.4, "table 3.6.1 (seeds/004)",
                synthetic[3] - synthetic[2], 0.5, "pp");
            double[] byNeed = [9, 14, 24, 2];
            double[] under = [7, 11, 20, 1];
            double[] over = [2, 3, 4, 0.2];
            double[] baseByNeed = [79_315, 79_465, 36_327, 13_538];
            var byAge = register.CountRecipients(CountingPeriod.YearEnd(2021), [Dimension.Bistandsbehov, Dimension.AgeGroups(AgeGroupSet.Under67), Dimension.Coordinator], _base);
            var ageAxis = byAge.Axes[1];
            var young = ageAxis.Values[0];
            var elder = ageAxis.Values[1];
            for (var n = 0; n < 4; n++)
            {
                var all = (double)byAge.Count(Needs[n], "total", "total");
                Level($"coordinator_base_{Needs[n]}", $"home health care/practical assistance on 31.12.2021, {NeedNames[n]}", baseByNeed[n],
                    "table 3.6.2 (seeds/004)", Scaled((long)all));
                // Uoppgitt: the published parts (1 + 0.2) do not add up to the published 2 (rounding); its tolerance covers both.
                Change($"coordinator_{Needs[n]}", $"share with a coordinator 2021, {NeedNames[n]}", byNeed[n], "table 3.6.2 (seeds/004)",
                    100 * byAge.Count(Needs[n], "total", "yes") / all, n == 3 ? 0.9 : Math.Max(0.5, 0.05 * byNeed[n]));
                Change($"coordinator_{Needs[n]}_under67", $"… of which under 67, {NeedNames[n]}", under[n], "table 3.6.2 (seeds/004)",
                    100 * byAge.Count(Needs[n], young, "yes") / all, Math.Max(0.5, 0.05 * under[n]));
                Change($"coordinator_{Needs[n]}_67plus", $"… of which 67 and over, {NeedNames[n]}", over[n], "table 3.6.2 (seeds/004)",
                    100 * byAge.Count(Needs[n], elder, "yes") / all, over[n] < 1 ? 0.1 : 0.5);
            }
        }

        private void Regional()
        {
            var stays = register.CountRecipientRates(CountingPeriod.During(2021), [Dimension.Helsefellesskap], _stays);
            var ostfold = stays.RateAt("ostfold").Value;
            var oslo = stays.RateAt("oslo").Value;
            Change("stays_ostfold_oslo", "tidsbegrensede opphold 2021 per 1 000: Østfold / Oslo (about 2)", 2.0, "S6b (§G)", ostfold / oslo, 0.4, "ratio");
            var rha = register.CountRecipientRates(CountingPeriod.During(2021), [Dimension.RegionalHealthAuthority], _stays);
            var values = rha.Recipients.Axes[0].Values.Select(v => (Id: v, Rate: rha.RateAt(v).Value)).OrderBy(x => x.Rate).ToList();
            Shape("stays_rha_order", "tidsbegrensede opphold 2021 per 1 000 by regional health authority",
                "Helse Nord highest, Helse Vest lowest", "S6b (§G)", double.NaN, double.NaN,
                values[^1].Id.Contains("nord", StringComparison.OrdinalIgnoreCase) && values[0].Id.Contains("vest", StringComparison.OrdinalIgnoreCase), "");
            var lt = register.CountRecipientRates(CountingPeriod.During(2021), [Dimension.Helsefellesskap], _longTerm);
            var ltRates = lt.Recipients.Axes[0].Values.Select(v => (Id: v, Rate: lt.RateAt(v).Value / fraction)).OrderBy(x => x.Rate).ToList();
            Shape("long_term_hf_order", "langtidsopphold 2021 per 1 000 by helsefellesskap (UNN 10.8 highest, Ahus 7.0 lowest)",
                "UNN among the 3 highest, Ahus among the 3 lowest", "S6c (§G)", double.NaN, double.NaN,
                ltRates.TakeLast(3).Any(x => x.Id == "unn") && ltRates.Take(3).Any(x => x.Id == "akershus"), "");
            Level("long_term_unn", "langtidsopphold 2021 per 1 000, UNN", 10.8, "S6c (§G)", lt.RateAt("unn").Value / fraction, "per 1000", 0.15);
            Level("long_term_ahus", "langtidsopphold 2021 per 1 000, Ahus", 7.0, "S6c (§G)", lt.RateAt("akershus").Value / fraction, "per 1000", 0.15);
        }

    }
}
