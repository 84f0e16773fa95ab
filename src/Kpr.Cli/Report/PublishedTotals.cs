using Kpr.Core.Aggregation;
using Kpr.Core.Register;

namespace Kpr.Cli.Report;

/// <summary>
/// Helsedirektoratet's published national totals of service recipients during the year (KPR; ../shared/domain/
/// kpr-domain-notes.md §D1 "Reference totals", sources S8 and S7b), used only to tell a reader when an extract covers
/// a part of the population (a sample, one municipality) so that rates against the whole population would be too low.
/// </summary>
internal static class PublishedTotals
{
    private static readonly Dictionary<int, long> RecipientsDuringYear = new()
    {
        [2018] = 364_587,
        [2019] = 364_666,
        [2020] = 371_319,
        [2021] = 379_806,
        [2022] = 390_369,
        [2023] = 397_240,
        [2024] = 399_263,
    };

    /// <summary>A plain statement when the register's recipients during the year are far from the published national
    /// total (below half: a sample or part of the country; above one and a half times: larger than the country), else null.</summary>
    public static string? CoverageNote(EpisodeRegister register, int year, ReportText t)
    {
        if (!RecipientsDuringYear.TryGetValue(year, out var published))
        {
            return null;
        }
        var cube = register.CountRecipients(CountingPeriod.During(year), []);
        var counted = cube.GrandTotal + cube.Unclassified;
        var ratio = (double)counted / published;
        if (ratio is >= 0.5 and <= 1.5)
        {
            return null;
        }
        var intro = t.T(
            $"Datagrunnlaget har {t.Integer(counted)} tjenestemottakere i løpet av {year}, mens Helsedirektoratet publiserte {t.Integer(published)} for hele landet (forhold {t.Number(ratio, 2)}). ",
            $"The data hold {t.Integer(counted)} service recipients during {year}, where Helsedirektoratet published {t.Integer(published)} for the whole country (ratio {t.Number(ratio, 2)}). ");
        return intro + (ratio < 0.5
            ? t.T("Uttrekket ser ut til å være et utvalg eller en del av landet: ratene per 1 000 er regnet mot hele befolkningen, blir for lave og kan ikke sammenlignes med nasjonale tall. Bruk fordelinger og endringer, ikke nivåene.",
                "The extract looks like a sample or a part of the country: rates per 1,000 are computed against the whole population, come out too low and cannot be compared with national figures. Use distributions and changes, not the levels.")
            : t.T("Uttrekket har langt flere mottakere enn landet (for eksempel et syntetisk register som er større enn Norge): ratene per 1 000 blir for høye og kan ikke sammenlignes med nasjonale tall. Bruk fordelinger og endringer, ikke nivåene.",
                "The extract has far more recipients than the country (for example a synthetic register larger than Norway): rates per 1,000 come out too high and cannot be compared with national figures. Use distributions and changes, not the levels."));
    }
}
