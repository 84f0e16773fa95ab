using Kpr.Core.Register;

namespace Kpr.Core.Synthetic;

/// <summary>
/// The parameters of the synthetic register's career model (see <see cref="PersonGenerator"/>). Three kinds of figure:
/// <list type="bullet">
/// <item><b>published</b>: copied from shared/domain/kpr-domain-notes.md with its source key (S5, S6 …);</item>
/// <item><b>fitted</b>: chosen by the calibration loop (docs/calibration.md says how) so that the register reproduces
/// the published national figures listed there — they are not published figures themselves;</item>
/// <item><b>assumption</b>: a modelling choice that gives plausible shapes where nothing is published.</item>
/// </list>
/// Every array indexed by age band follows <see cref="AgeBands"/>. Instances are treated as immutable once built; the
/// calibration loop works on copies (<see cref="Clone"/>).
/// </summary>
internal sealed class SyntheticModel
{
    /// <summary>Age bands of Helsedirektoratet's KPR tables (domain notes §C): 0–17, 18–49, 50–66, 67–79, 80–89, 90+.</summary>
    public static readonly (int From, int To)[] AgeBands = [(0, 17), (18, 49), (50, 66), (67, 79), (80, 89), (90, 105)];

    /// <summary>First year in which a career may begin (careers that end before 2018 are never emitted).</summary>
    public const int HistoryStartYear = 2006;

    /// <summary>The persons of the synthetic universe are the recipients at some time in these years, whatever
    /// window is asked for, so that a year's data never depend on the window.</summary>
    public const int UniverseFirstYear = 2018;

    /// <summary>Last year of the universe (the population table ends on 1 January 2025 + the year 2025).</summary>
    public const int UniverseLastYear = 2025;

    /// <summary>The population year the persons are drawn from (SSB 07459, 1 January 2021, the middle of the
    /// published series 2018–2022): fixed, so that the window does not change who is drawn.</summary>
    public const int PopulationYear = 2021;

    /// <summary>Bistandsbehov by age band in 2021, row % noe/avgrenset, middels til stort, omfattende, uoppgitt
    /// (published: domain notes §B, source S5).</summary>
    public static readonly double[][] BistandsbehovByBand =
    [
        [20, 30, 25, 25], [45, 31, 13, 11], [43, 30, 16, 11], [36, 31, 23, 10], [35, 30, 28, 6], [24, 32, 42, 2],
    ];

    /// <summary>The order of <see cref="BistandsbehovByBand"/>'s columns.</summary>
    public static readonly Bistandsbehov[] BistandsbehovOrder =
        [Bistandsbehov.NoeAvgrenset, Bistandsbehov.MiddelsTilStort, Bistandsbehov.Omfattende, Bistandsbehov.Uoppgitt];

    /// <summary>Fitted: relative number of new careers (first service) by age band at entry.</summary>
    public double[] EntrantsByBand { get; set; } = [0, 0, 0, 0, 0, 0];

    /// <summary>Fitted: relative intensity of new careers by calendar year, <see cref="HistoryStartYear"/>…2025
    /// (shapes the yearly totals 2018–2022 of domain notes §D1, S8/S7b).</summary>
    public double[] EntryIntensityByYear { get; set; } = [];

    /// <summary>Fitted: share of careers that are short (one home-health decision after an illness, optionally after a
    /// short stay) by band; they make the gap between recipients during the year and on 31 December.</summary>
    public double[] ShortCareerShare { get; set; } = [0, 0, 0, 0, 0, 0];

    /// <summary>Assumption: mean length of a short career in days.</summary>
    public double ShortCareerMeanDays { get; set; } = 70;

    /// <summary>Fitted: mean length of a long career (years, before death cuts it) by band.</summary>
    public double[] LongCareerMeanYears { get; set; } = [0, 0, 0, 0, 0, 0];

    /// <summary>Fitted: share of long careers with home services (tjenester til hjemmeboende) by band; the others
    /// receive welfare technology and/or housing only.</summary>
    public double[] HomeShare { get; set; } = [0, 0, 0, 0, 0, 0];

    /// <summary>Assumption: share of home-service careers with a second, parallel line of home services (e.g. practical
    /// assistance beside home nursing) by band.</summary>
    public double[] SecondLineShare { get; set; } = [0.35, 0.3, 0.3, 0.35, 0.4, 0.4];

    /// <summary>Assumption: mean days of one home-service decision (renewals follow back to back).</summary>
    public double HomeDecisionMeanDays { get; set; } = 520;

    /// <summary>Fitted: share of long careers with a municipal dwelling (bolig, code 29; 12/13 before 2019) by band.</summary>
    public double[] BoligShare { get; set; } = [0, 0, 0, 0, 0, 0];

    /// <summary>Fitted: yearly hazard of taking up welfare technology during a career, by band (before year factors).</summary>
    public double[] WelfareHazard { get; set; } = [0, 0, 0, 0, 0, 0];

    /// <summary>Fitted: multiplier of the welfare-technology hazard by calendar year (<see cref="HistoryStartYear"/>…2025);
    /// shapes the year-end series of domain notes §D1 (S7b) and the 2020 jump (S30).</summary>
    public double[] WelfareYearFactor { get; set; } = [];

    /// <summary>Fitted: share of careers ending in death that end in long-term care (code 21), by band at death.</summary>
    public double[] LongTermShare { get; set; } = [0, 0, 0, 0, 0, 0];

    /// <summary>Fitted: mean years in long-term care before death.</summary>
    public double LongTermMeanYears { get; set; } = 2.5;

    /// <summary>Fitted: time-limited stays (codes 8, 18, 19, 20) per person-year in a career, by band at the stay.</summary>
    public double[] StaysPerYear { get; set; } = [0, 0, 0, 0, 0, 0];

    /// <summary>Fitted: multiplier of stays by calendar year 2018…2025 (the published fall 2018→2021 for the oldest, S6b);
    /// 1 before 2018.</summary>
    public double[] StayYearFactor { get; set; } = [1, 1, 1, 1, 1, 1, 1, 1];

    /// <summary>Assumption: mean days of a time-limited stay.</summary>
    public double StayMeanDays { get; set; } = 18;

    /// <summary>Assumption: recipients' yearly death probability is this factor times a Gompertz curve
    /// exp(−9.6 + 0.088·age), capped at 0.6.</summary>
    public double DeathFactor { get; set; } = 1.0;

    /// <summary>Fitted: probability that a decision carries a coordinator, by bistandsbehov (order of
    /// <see cref="BistandsbehovOrder"/>) and under 67 / 67 and over; matches the 2021 shares and their under/over-67 parts
    /// (published: Kommunale helse- og omsorgstjenester 2021, table 3.6.2, shared/seeds/004).</summary>
    public double[][] CoordinatorShare { get; set; } = [[0, 0], [0, 0], [0, 0], [0, 0]];

    /// <summary>Fitted: multiplier of <see cref="CoordinatorShare"/> by the decision's start year 2018…2025 (the
    /// published series 11 / 9 / 12.6 / 13.0 % for 2018–2021, table 3.6.1, shared/seeds/004).</summary>
    public double[] CoordinatorYearFactor { get; set; } = [1, 1, 1, 1, 1, 1, 1, 1];

    /// <summary>Assumption: share of long-term residents assessed with extensive needs (omfattende); the rest middels.</summary>
    public double LongTermOmfattendeShare { get; set; } = 0.85;

    /// <summary>Fitted: share of long careers under 80 at entry that include long-term care not tied to death (residents
    /// of institutions with round-the-clock services for younger people), by band.</summary>
    public double[] YoungLongTermShare { get; set; } = [0, 0.01, 0.02, 0.02, 0, 0];

    /// <summary>Fitted: share of long careers with day or night care in an institution (codes 17, 22), by band.</summary>
    public double[] DayCareShare { get; set; } = [0, 0.01, 0.02, 0.05, 0.08, 0.08];

    /// <summary>Fitted: factors on the middels, omfattende and uoppgitt weights of <see cref="BistandsbehovByBand"/> for home
    /// services (the coordinator base of table 3.6.2 holds fewer unassessed persons than all recipients).</summary>
    public double[] HomeNeedFactors { get; set; } = [1, 1, 1];

    /// <summary>Fitted: factors on the middels, omfattende and uoppgitt weights for welfare technology, housing and stays.</summary>
    public double[] OtherNeedFactors { get; set; } = [1, 1, 1];

    /// <summary>Fitted: yearly trend of time-limited stays under 67 from 2018 (1 + r)^(year − 2018).</summary>
    public double StayTrendUnder67 { get; set; }

    /// <summary>Assumption: the welfare-technology year factor acts with this power for persons aged 80+ (the growth came
    /// mostly from new kinds of technology among younger users; 80+ users grew 11 % 2018→2021, S6).</summary>
    public double WelfareYearPowerOld { get; set; } = 0.6;

    /// <summary>Fitted: yearly relative fall in the chance of a new career getting a dwelling, from 2018 (recipients in
    /// bolig stayed level 2018–2022 while recipients grew, S7b).</summary>
    public double BoligTrend { get; set; } = -0.025;

    /// <summary>Fitted: share of dwellings registered as 12/13 that were not carried over into code 29 in 2019 (recipients
    /// in bolig fell from 43 502 on 31.12.2018 to 40 031 on 31.12.2019 and rose again, S7b; the 2019 reporting gap of
    /// 13 merged municipalities, §D1, is one likely cause).</summary>
    public double BoligNotCarriedInto2019 { get; set; } = 0.06;

    /// <summary>Fitted: factor on the uoppgitt weight for decisions that started before 2019 (2018 had more recipients
    /// without an assessment: 37 747 against 33 504 in 2019, S5).</summary>
    public double UoppgittFactorBefore2019 { get; set; } = 1.1;

    /// <summary>Assumption: yearly probability of moving to another municipality.</summary>
    public double MoveProbabilityPerYear { get; set; } = 0.03;

    /// <summary>The model as calibrated (see docs/calibration.md).</summary>
    public static SyntheticModel Default { get; } = Calibrated();

    /// <summary>A deep copy (for the calibration loop).</summary>
    public SyntheticModel Clone()
    {
        var copy = (SyntheticModel)MemberwiseClone();
        foreach (var property in typeof(SyntheticModel).GetProperties())
        {
            if (property.CanWrite && property.GetValue(this) is double[] a)
            {
                property.SetValue(copy, a.ToArray());
            }
            else if (property.CanWrite && property.GetValue(this) is double[][] m)
            {
                property.SetValue(copy, m.Select(r => r.ToArray()).ToArray());
            }
        }
        return copy;
    }

    /// <summary>Assumption: the recipients' yearly death probability at an age.</summary>
    public double DeathProbability(int age) => Math.Min(0.6, DeathFactor * Math.Exp(-9.6 + (0.088 * age)));

    /// <summary>The entry intensity of a year (0 outside the history).</summary>
    public double EntryIntensity(int year) =>
        year < HistoryStartYear || year > UniverseLastYear ? 0 : EntryIntensityByYear[year - HistoryStartYear];

    /// <summary>The welfare-technology year factor of a year.</summary>
    public double WelfareFactor(int year) => WelfareYearFactor[Math.Clamp(year, HistoryStartYear, UniverseLastYear) - HistoryStartYear];

    /// <summary>The stay year factor of a year (2018–2025; 1 before, the 2025 value after).</summary>
    public double StayFactor(int year) => year < 2018 ? 1.0 : StayYearFactor[Math.Min(year, UniverseLastYear) - 2018];

    /// <summary>The coordinator year factor of a year.</summary>
    public double CoordinatorFactor(int year) => CoordinatorYearFactor[Math.Clamp(year, 2018, UniverseLastYear) - 2018];

    /// <summary>
    /// The pandemic: the share of new decisions that still start in a month, by kind. Home services: April −13 % and
    /// May −7 % against 2019 (published, S6; here applied to decisions, the fitted values allow for the underlying
    /// growth), a small March dip (assumption). Time-limited stays: a deeper spring-2020 fall and a lower level through
    /// 2020 and, weaker, 2021 (published direction, S6: "weaker fall for tidsbegrensede opphold in 2021 than in 2020";
    /// the sizes are assumptions). Other services: no effect.
    /// </summary>
    public static double PandemicFactor(int year, int month, ServiceKind kind) => (year, kind) switch
    {
        (2020, ServiceKind.Home) => month switch { 3 => 0.96, 4 => 0.86, 5 => 0.89, _ => 1.0 },
        (2020, ServiceKind.Stay) => month switch { 3 => 0.85, 4 => 0.62, 5 => 0.75, 6 => 0.85, _ => 0.88 },
        (2021, ServiceKind.Stay) => month switch { <= 3 => 0.88, _ => 0.935 },
        _ => 1.0,
    };

    private static SyntheticModel Calibrated() => new()
    {
        EntrantsByBand = [5.1629, 21.8824, 14.247, 28.796, 40.1052, 22.8047],
        EntryIntensityByYear = [0.925, 0.925, 0.925, 0.925, 0.925, 0.925, 0.925, 0.925, 0.925, 0.925, 0.925, 0.925, 0.925, 0.8992, 0.9594, 1, 1.0321, 1.0321, 1.0321, 1.0321],
        ShortCareerShare = [0.0544, 0.1362, 0.1634, 0.1906, 0.1634, 0.1088],
        LongCareerMeanYears = [7.7359, 6.4466, 5.802, 5.1572, 4.5126, 3.8679],
        HomeShare = [0.8245, 0.9343, 0.9343, 0.8793, 0.9014, 0.9343],
        BoligShare = [0.0865, 0.2597, 0.2424, 0.1386, 0.1386, 0.1213],
        WelfareHazard = [0.0071, 0.0423, 0.0846, 0.2114, 0.3523, 0.4228],
        WelfareYearFactor = [0.7512, 0.7512, 0.7512, 0.7512, 0.7512, 0.7512, 0.7512, 0.7512, 0.7512, 0.7512, 0.7512, 0.7512, 0.7512, 0.6411, 1.0355, 1, 1.1225, 1.1225, 1.1225, 1.1225],
        LongTermShare = [0, 0.6596, 0.95, 0.95, 0.7824, 0.9084],
        StaysPerYear = [0.2666, 0.0533, 0.0854, 0.437, 0.5624, 0.865],
        StayYearFactor = [1.1159, 1, 1, 1, 1, 1, 1, 1],
        CoordinatorShare = [[0.1396, 0.0419], [0.2469, 0.0521], [0.678, 0.064], [0.022, 0.007]],
        CoordinatorYearFactor = [0.8455, 0.6043, 1.1224, 1, 1, 1, 1, 1],
        HomeNeedFactors = [1.235, 0.7952, 0.7052],
        OtherNeedFactors = [0.5173, 0.3353, 1.5787],
        YoungLongTermShare = [0, 0.0145, 0.0292, 0.0292, 0, 0],
        DayCareShare = [0, 0.0173, 0.0345, 0.0863, 0.138, 0.138],
        LongTermMeanYears = 2.4589,
        StayTrendUnder67 = 0.025,
        WelfareYearPowerOld = 0.7474,
    };
}

/// <summary>The kinds of service line the career model distinguishes (for the pandemic factors).</summary>
internal enum ServiceKind
{
    /// <summary>Tjenester til hjemmeboende.</summary>
    Home,

    /// <summary>Time-limited institution stays (8, 18, 19, 20).</summary>
    Stay,

    /// <summary>Everything else (welfare technology, housing, long-term care, other institution services).</summary>
    Other,
}
