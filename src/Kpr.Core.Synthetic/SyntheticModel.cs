using Kpr.Core.Register;

namespace Kpr.Core.Synthetic;

/// <summary>
/// The parameters of the synthetic register. Figures marked with a source key come from
/// shared/domain/kpr-domain-notes.md; the rest are modelling assumptions chosen to give plausible shapes, and are
/// labelled as such. Nothing here is a published statistic unless it says so.
/// </summary>
internal static class SyntheticModel
{
    /// <summary>Age bands of Helsedirektoratet's KPR tables (domain notes §C).</summary>
    public static readonly (int From, int To)[] AgeBands = [(0, 17), (18, 49), (50, 66), (67, 79), (80, 89), (90, 105)];

    /// <summary>
    /// Recipients during 2021 by age band (KPR, "tjenestemottakers funksjonsnivå" 2021, domain notes §B, source S5):
    /// 18 937 / 84 196 / 54 095 / 79 133 / 93 680 / 49 765, together 379 806 — the "about 380 000 recipients in 2021"
    /// (S6, S8). Divided by the population of each band these give the published steep rise with age: about 1.7 % of
    /// children, about 45 % of those 80–89 and 88 % of those 90+ (S7), about 7 % of everyone (S6, S7). Persons are
    /// drawn with these band weights, then by municipality, single age and sex in proportion to SSB's population.
    /// </summary>
    public static readonly double[] RecipientsByBand = [18_937, 84_196, 54_095, 79_133, 93_680, 49_765];

    /// <summary>Bistandsbehov by age band in 2021, row % noe/avgrenset, middels til stort, omfattende, uoppgitt
    /// (domain notes §B, source S5).</summary>
    public static readonly double[][] BistandsbehovByBand =
    [
        [20, 30, 25, 25], [45, 31, 13, 11], [43, 30, 16, 11], [36, 31, 23, 10], [35, 30, 28, 6], [24, 32, 42, 2],
    ];

    public static readonly Bistandsbehov[] BistandsbehovOrder =
        [Bistandsbehov.NoeAvgrenset, Bistandsbehov.MiddelsTilStort, Bistandsbehov.Omfattende, Bistandsbehov.Uoppgitt];

    /// <summary>Assumption: share of the persons who already receive services at the start of the window.</summary>
    public const double ShareActiveAtStart = 0.5;

    /// <summary>Assumption: the longest a still-active decision reaches back before the window (years).</summary>
    public const int MaxYearsBeforeWindow = 8;

    /// <summary>Assumption: yearly probability of moving to another municipality.</summary>
    public const double MoveProbabilityPerYear = 0.03;

    /// <summary>Assumption: mean days between new decisions for a person, by age band (older people receive more).</summary>
    public static readonly double[] MeanDaysBetweenStarts = [330, 300, 260, 205, 150, 120];

    /// <summary>Assumption: yearly death probability of a service recipient, a Gompertz curve exp(−9.6 + 0.088·age),
    /// capped at 0.5 (recipients die sooner than the population at large).</summary>
    public static double DeathProbability(int age) => Math.Min(0.5, Math.Exp(-9.6 + (0.088 * age)));

    /// <summary>Assumption: service mix (relative weights of new decisions) by age band; 29 stands for bolig and is
    /// written as 12 or 13 before 2019; 27 and 28 exist from 2019 (domain notes §A1).</summary>
    public static readonly (int Code, double Weight)[][] MixByBand =
    [
        [(7, 25), (8, 12), (9, 15), (11, 20), (3, 4), (15, 12), (4, 5), (2, 3), (14, 1), (23, 2), (6, 1)],
        [(1, 15), (2, 5), (3, 4), (4, 6), (9, 10), (11, 4), (15, 35), (29, 8), (18, 2), (19, 2), (20, 1), (21, 1), (6, 3), (23, 2), (24, 1), (25, 2), (7, 3), (8, 2), (27, 1), (28, 1)],
        [(1, 14), (2, 3), (3, 2), (4, 5), (9, 4), (11, 2), (15, 38), (29, 6), (18, 3), (19, 4), (20, 2), (21, 2), (6, 8), (24, 1), (25, 3), (5, 2), (17, 1), (26, 1), (27, 2), (28, 2)],
        [(1, 12), (4, 3), (5, 5), (6, 14), (15, 30), (17, 2), (18, 5), (19, 6), (20, 5), (21, 4), (22, 0.5), (24, 1), (25, 3), (26, 1), (27, 3), (28, 3), (29, 4), (8, 1)],
        [(1, 11), (4, 3), (5, 6), (6, 15), (15, 28), (17, 2), (18, 6), (19, 5), (20, 7), (21, 7), (22, 0.5), (24, 1), (25, 3), (26, 1), (27, 3), (28, 3), (29, 4)],
        [(1, 10), (4, 2), (5, 6), (6, 14), (15, 28), (17, 1), (18, 6), (19, 3), (20, 8), (21, 12), (22, 0.5), (24, 1), (25, 3), (26, 1), (27, 3), (28, 3), (29, 3)],
    ];

    /// <summary>Assumption: mean duration of a decision in days, by code (short-term stays weeks, long-term stays and
    /// safety alarms years).</summary>
    public static double MeanDurationDays(int code) => code switch
    {
        18 or 19 or 20 => 21,
        25 => 3,
        8 => 120,
        17 or 22 => 200,
        21 => 900,
        15 => 300,
        1 or 2 => 600,
        5 => 400,
        6 or 26 or 27 or 28 => 1100,
        12 or 13 or 29 => 1500,
        14 or 23 or 24 => 180,
        _ => 700,
    };

    /// <summary>Assumption: mean hours per week for codes measured in hours; null for the others.</summary>
    public static double? MeanHours(int code) => code switch
    {
        1 => 2.5,
        2 => 3,
        3 => 20,
        4 => 10,
        7 => 6,
        9 => 3,
        11 => 8,
        15 => 3.5,
        17 => 12,
        22 => 20,
        _ => null,
    };

    public static bool IsHomeService(int code) => code is 1 or 2 or 3 or 4 or 5 or 7 or 9 or 11 or 15;

    public static bool IsTimeLimitedStay(int code) => code is 8 or 18 or 19 or 20;

    public static bool IsWelfareTechnology(int code) => code is 6 or 26 or 27 or 28;

    /// <summary>
    /// Relative intensity of new decisions in a month. 2020: extra January starts (the municipal mergers of
    /// 1 January 2020 re-registered decisions, domain notes §D2); April −13 % and May −7 % against 2019 for home services
    /// (S6); time-limited institution stays fell more (S6 says "larger"; −25 % and −15 % are assumptions); a smaller
    /// March dip is an assumption too.
    /// </summary>
    public static double MonthFactor(int year, int month, int code)
    {
        if (year != 2020)
        {
            return 1.0;
        }
        var stay = IsTimeLimitedStay(code);
        return month switch
        {
            1 => 1.25,
            3 => stay ? 0.9 : 0.95,
            4 => stay ? 0.75 : 0.87,
            5 => stay ? 0.85 : 0.93,
            _ => 1.0,
        };
    }

    /// <summary>
    /// Assumption (calibration): new decisions per person rise 3.5 % a year from 2018, so that the number of new starts
    /// stays about level while the drawn cohort ages and dies and newcomers join (without it, starts would drift down
    /// and the 2020 dip against 2019 would look deeper than published).
    /// </summary>
    public static double YearTrend(int year) => 1.0 + (0.035 * Math.Clamp(year - 2018, -8, 7));

    /// <summary>The largest <see cref="MonthFactor"/> × <see cref="YearTrend"/> (for thinning).</summary>
    public static readonly double MaxIntensity = 1.25 * YearTrend(2025);

    /// <summary>
    /// Growth of welfare technology: yearly multipliers of new decisions. 2019→2020 from Helsedirektoratet's users
    /// (S30, domain notes §D4): trygghetsalarm +29 %, GPS +48 %, digitalt tilsyn +53 %, medisineringsstøtte +215 %;
    /// other years +8 % a year (assumption).
    /// </summary>
    public static double WelfareTechnologyFactor(int code, int year)
    {
        var factor = 1.0;
        for (var y = 2019; y <= year; y++)
        {
            factor *= y == 2020
                ? code switch { 6 => 1.29, 26 => 1.48, 28 => 1.53, 27 => 3.15, _ => 1.0 }
                : 1.08;
        }
        return factor;
    }

    public const double MaxWelfareTechnologyFactor = 6.0;
}
