namespace Kpr.Core.Synthetic;

/// <summary>
/// How much more or less than the national average the persons whose home lies in one helsefellesskap use services,
/// beyond what their age structure explains (1 = national). Deterministic and documented, so that per-helsefellesskap
/// charts and rankings have something to show; the sizes are <b>assumptions</b> chosen so that the synthetic register
/// reproduces the published contrasts of Helsedirektoratet's pandemic report (domain notes §G, S6b/S6c) — the
/// calibration table checks the resulting ratios:
/// <list type="bullet">
/// <item>time-limited stays: highest rate in Østfold, about twice Oslo's (the lowest); Helse Nord highest and Helse Vest
/// lowest of the regional health authorities (S6b);</item>
/// <item>long-term care: highest per 1 000 in the UNN area (10.8), lowest in Ahus (7.0); for 80+ lowest in
/// Nord-Trøndelag (109) and highest in Oslo (168) (S6c);</item>
/// <item>children: barn og unge with long-term needs 6.8 % in Ahus to 10.8 % in Finnmark, higher in less central
/// municipalities (S2); used for the 0–17 propensity;</item>
/// <item>recipients overall: a mild gradient by centrality (assumption).</item>
/// </list>
/// </summary>
/// <param name="Id">The helsefellesskap id (shared/data/regions/helsefellesskap.csv).</param>
/// <param name="Recipients">Relative chance that a recipient lives here (multiplies the population weight).</param>
/// <param name="Children">Extra factor on the recipients' weight for ages 0–17.</param>
/// <param name="Stays">Relative rate of time-limited stays.</param>
/// <param name="LongTerm">Relative chance of ending a career in long-term care.</param>
internal sealed record RegionalPropensity(string Id, double Recipients, double Children, double Stays, double LongTerm)
{
    /// <summary>The national average (for municipalities without a helsefellesskap).</summary>
    public static RegionalPropensity National { get; } = new("", 1, 1, 1, 1);

    /// <summary>The 19 helsefellesskap (assumptions, see the type's summary).</summary>
    public static IReadOnlyList<RegionalPropensity> All { get; } =
    [
        new("finnmark", 1.12, 1.40, 1.30, 1.05),
        new("unn", 1.08, 1.15, 1.25, 2.10),
        new("nordland", 1.08, 1.10, 1.30, 0.95),
        new("helgeland", 1.10, 1.15, 1.20, 0.90),
        new("nord_trondelag", 1.04, 1.05, 1.10, 0.80),
        new("st_olav", 0.98, 0.95, 1.05, 0.95),
        new("more_og_romsdal", 1.02, 1.00, 1.00, 0.95),
        new("forde", 1.06, 1.05, 0.80, 0.90),
        new("bergen", 0.96, 0.95, 0.78, 1.05),
        new("fonna", 1.00, 1.00, 0.80, 0.95),
        new("stavanger", 0.94, 0.95, 0.78, 0.90),
        new("ostfold", 1.04, 1.00, 1.30, 1.00),
        new("akershus", 0.92, 0.80, 0.95, 0.95),
        new("oslo", 0.95, 0.95, 0.75, 1.35),
        new("innlandet", 1.04, 1.00, 1.10, 0.95),
        new("vestre_viken", 0.96, 0.95, 1.00, 0.95),
        new("vestfold", 0.98, 0.95, 1.05, 0.95),
        new("telemark", 1.02, 1.00, 1.10, 1.00),
        new("sorlandet", 1.00, 1.05, 1.05, 1.00),
    ];

    /// <summary>The propensity of a helsefellesskap id, or <see cref="National"/>.</summary>
    public static RegionalPropensity Of(string? id) =>
        id is null ? National : All.FirstOrDefault(p => p.Id == id) ?? National;
}
