using System.Globalization;
using Kpr.Core.Measures;
using Kpr.Core.Regions;
using Kpr.Core.Register;

namespace Kpr.Cli.Report;

/// <summary>The report's and the dashboard's words in Norwegian (default; bokmål as in Helsedirektoratet's reports)
/// and English, and the one number format of the page (presentation rounding here only; no "−0,0").</summary>
internal sealed class ReportText
{
    private readonly bool _english;

    private ReportText(bool english)
    {
        _english = english;
        Culture = CultureInfo.GetCultureInfo(english ? "en-GB" : "nb-NO");
    }

    public static ReportText For(string language) => new(language == "en");

    public string Language => _english ? "en" : "nb";

    public CultureInfo Culture { get; }

    public string T(string nb, string en) => _english ? en : nb;

    // --- Numbers ----------------------------------------------------------------------------------------------

    /// <summary>A number rounded half away from zero for display; a value that rounds to zero prints without sign.</summary>
    public string Number(double? value, int decimals = 1)
    {
        if (value is not { } v || !double.IsFinite(v))
        {
            return "–";
        }
        var rounded = PresentationRounding.Round(v, decimals);
        if (rounded == 0)
        {
            rounded = 0; // drops the sign of −0
        }
        return rounded.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Culture).Replace('-', '−');
    }

    /// <summary>A signed number (+1,2 / −0,4 / 0,0).</summary>
    public string Signed(double? value, int decimals = 1)
    {
        var text = Number(value, decimals);
        return value is { } v && text != "–" && PresentationRounding.Round(v, decimals) > 0 ? "+" + text : text;
    }

    public string Integer(long? value) => value is { } v ? v.ToString("N0", Culture) : "–";

    // --- Names ------------------------------------------------------------------------------------------------

    public string Norway => T("Hele landet", "Norway");

    public string SeriesName(string id) => id switch
    {
        ReportSeries.Home => T("Tjenester til hjemmeboende", "Services to people living at home"),
        ReportSeries.TimeLimited => T("Tidsbegrensede institusjonstjenester", "Time-limited institutional services"),
        ReportSeries.LongTerm => T("Langtidsopphold i institusjon", "Long-term institutional stays"),
        ReportSeries.Housing => T("Bolig kommunen disponerer til helse- og omsorgsformål", "Municipal housing for health and care purposes"),
        ReportSeries.WelfareTechnology => T("Velferdsteknologi", "Welfare technology"),
        ReportRecord.Total => T("Minst én av de fem tjenestegruppene", "At least one of the five service groups"),
        _ => id,
    };

    public string AgeName(string id) => id == ReportRecord.Total ? T("Alle aldre", "All ages") : T($"{id.Replace("-", "–", StringComparison.Ordinal)} år", $"{id.Replace("-", "–", StringComparison.Ordinal)} years");

    public string RegionName(string id) => id is ReportRecord.CountryId or ReportRecord.Total ? Norway : HelsefellesskapDirectory.Default.Get(id).Name;

    public string NeedName(string id)
    {
        if (id == ReportRecord.Total)
        {
            return T("Alle", "All");
        }
        if (!BistandsbehovIds.TryParse(id, out var need))
        {
            return id;
        }
        return _english
            ? need switch
            {
                Bistandsbehov.NoeAvgrenset => "Some/limited",
                Bistandsbehov.MiddelsTilStort => "Moderate to large",
                Bistandsbehov.Omfattende => "Extensive",
                _ => "Not stated",
            }
            : need.ToNorwegianName();
    }

    public string MonthName(int month) => Culture.DateTimeFormat.GetAbbreviatedMonthName(month).TrimEnd('.');

    public string PeriodName(string id) => id == ReportIds.DuringYear ? T("I løpet av året", "During the year") : T("Per 31.12.", "On 31 December");

    // --- Page -------------------------------------------------------------------------------------------------

    public string Title => T("Omsorgstjenesten – aktivitetsutvikling", "Municipal care services – activity");
    public string Subtitle(int first, int year) => year >= 2020
        ? T($"Tjenestebruk {Span(first, year)}, pandemiårene og variasjon mellom helsefellesskapene", $"Use of services {Span(first, year)}, the pandemic years and variation between the health communities")
        : T($"Tjenestebruk {Span(first, year)} og variasjon mellom helsefellesskapene", $"Use of services {Span(first, year)} and variation between the health communities");

    /// <summary>"2018–2021", or "2018" when the span is one year.</summary>
    public static string Span(int first, int year) => first == year ? year.ToString(CultureInfo.InvariantCulture) : $"{first}–{year}";
    public string DashboardTitle => T("Helsefellesskapet mitt – tjenestebruk", "My health community – use of services");
    public string SyntheticBanner => T(
        "Syntetiske data: tallene på denne siden er simulerte og beskriver ingen virkelige personer eller kommuner.",
        "Synthetic data: the figures on this page are simulated and describe no real persons or municipalities.");
    public string SyntheticSource(int persons, int seed, long episodes) => T(
        $"Datagrunnlag: innebygd syntetisk nasjonalt register ({persons.ToString("N0", Culture)} personer, frø {seed}, {episodes.ToString("N0", Culture)} tjenesteforløp).",
        $"Data: the built-in synthetic national register ({persons.ToString("N0", Culture)} persons, seed {seed}, {episodes.ToString("N0", Culture)} service episodes).");
    public string ExtractSource(string file, long read, long accepted, long rejected, long duplicates) => T(
        $"Datagrunnlag: uttrekk fra KPR ({file}): {read.ToString("N0", Culture)} rader lest, {accepted.ToString("N0", Culture)} godtatt, {rejected.ToString("N0", Culture)} avvist, {duplicates.ToString("N0", Culture)} dubletter (detaljer: kpr validate).",
        $"Data: KPR extract ({file}): {read.ToString("N0", Culture)} rows read, {accepted.ToString("N0", Culture)} accepted, {rejected.ToString("N0", Culture)} rejected, {duplicates.ToString("N0", Culture)} duplicates (details: kpr validate).");
    public string SampleCoverage => T(
        "Uttrekket er et utvalg eller dekker bare en del av befolkningen: ratene per 1 000 innbyggere er regnet mot hele befolkningen i hver region og blir derfor for lave. Bruk antallene og endringene, ikke nivåene.",
        "The extract is a sample or covers only part of the population: rates per 1,000 inhabitants are computed against each region's whole population and are therefore too low. Use the counts and changes, not the levels.");
    public string MissingRegions(IEnumerable<string> names) => T(
        $"Ingen tjenestemottakere i uttrekket for: {string.Join(", ", names)}. Uttrekket dekker ikke hele landet; nasjonale rater gjelder bare de regionene som er med.",
        $"No service recipients in the extract for: {string.Join(", ", names)}. The extract does not cover the whole country; national rates cover only the regions present.");

    public string KeyFindingsHeading => T("Hovedfunn", "Key findings");
    public string AgesHeading(int first, int year) => T($"Tjenestebruk etter alder {Span(first, year)}", $"Use of services by age {Span(first, year)}");
    public string AgesIntro => T(
        "Personer som mottok tjenesten i løpet av året, per 1 000 innbyggere ved årets slutt, etter aldersgruppe (alder 31.12.). Streken viser 95 % konfidensintervall. Knappen over hver figur viser i stedet mottakere per 31.12.",
        "Persons who received the service during the year per 1,000 inhabitants at the end of the year, by age group (age on 31 December). The whiskers show 95 % confidence intervals. The switch above each chart shows recipients on 31 December instead.");
    public string AgesChart(string series) => T($"{series}: mottakere per 1 000 innbyggere etter alder og år", $"{series}: recipients per 1,000 inhabitants by age and year");
    public string RegionsHeading(int year) => T($"Variasjon mellom helsefellesskapene {year}", $"Variation between the health communities {year}");
    public string RegionsIntro => T(
        "Mottakere i løpet av året per 1 000 innbyggere (alle aldre) i hvert helsefellesskap med 95 % konfidensintervall; den stiplede linjen er hele landet. Forskjeller i alderssammensetning er ikke justert bort. Den andre figuren viser endringen i raten i prosent.",
        "Recipients during the year per 1,000 inhabitants (all ages) in each health community with 95 % confidence intervals; the dashed line is Norway. Differences in age structure are not adjusted for. The second chart shows the change in the rate in percent.");
    public string RankedChart(string series, int year) => T($"{series}: per 1 000 innbyggere {year}, etter helsefellesskap", $"{series}: per 1,000 inhabitants {year}, by health community");
    public string ChangeChart(string series, int first, int year) => T($"{series}: endring i raten per helsefellesskap (%)", $"{series}: change in the rate by health community (%)");
    public string Since(int year) => T($"Siden {year}", $"Since {year}");
    public string PerThousand => T("Per 1 000 innbyggere", "Per 1,000 inhabitants");
    public string ChangePercent => T("Endring (%)", "Change (%)");
    public string Interval => T("95 % konfidensintervall", "95 % confidence interval");
    public string HiddenList => T("Ikke vist (små tall): ", "Not shown (small numbers): ");
    public string MonthlyHeading => T("Tjenester startet per måned sammenlignet med 2019", "Services started each month compared with 2019");
    public string MonthlyIntro(int baseline) => T(
        $"Antall tjenester (vedtak) med startdato i måneden, sammenlignet med samme måned i {baseline}, i prosent. Like vedtak for samme person telles én gang. Januar er utelatt fordi kommunesammenslåingene 1.1.2020 ga mange nye vedtak i januar; bolig og velferdsteknologi er ikke med, som i Helsedirektoratets rapport.",
        $"Number of services (decisions) starting in the month, compared with the same month of {baseline}, in percent. Identical decisions for the same person count once. January is left out because the municipal mergers of 1 January 2020 produced many new decisions in January; housing and welfare technology are not included, as in Helsedirektoratet's report.");
    public string MonthlyChart(string series) => T($"{series}: endring fra samme måned i 2019, hele landet (%)", $"{series}: change from the same month of 2019, Norway (%)");
    public string HeatmapChart(string series) => T($"{series}: endring fra samme måned i 2019 per helsefellesskap (%)", $"{series}: change from the same month of 2019 by health community (%)");
    public string AgeHeatmapChart(string series) => T($"{series}: endring fra samme måned i 2019 etter alder, hele landet (%)", $"{series}: change from the same month of 2019 by age, Norway (%)");
    public string HiddenCell => T("skjult (små tall)", "hidden (small numbers)");
    public string CoordinatorHeading => T("Andel med koordinator etter bistandsbehov", "Share with a coordinator by need for assistance");
    public string CoordinatorIntro(int year) => T(
        $"Mottakere av helsetjenester i hjemmet og/eller praktisk bistand per 31.12.{year} som har koordinator, i prosent av mottakerne i hver bistandsbehovsgruppe. Søylene er delt i mottakere under 67 år og 67 år og over, som i Helsedirektoratets tabell; delene summerer seg til gruppens andel. Streken viser 95 % konfidensintervall (Wilson) for hele andelen.",
        $"Recipients of health care at home and/or practical assistance on 31 December {year} with a coordinator, in percent of the recipients in each need group. The bars are split into recipients under 67 and 67 and over, as in Helsedirektoratet's table; the parts add up to the group's share. The whiskers show the 95 % (Wilson) interval of the whole share.");
    public string CoordinatorChart(int year) => T($"Andel med koordinator {year} etter bistandsbehov (%)", $"Share with a coordinator {year} by need for assistance (%)");
    public string CoordinatorChangeChart(int year) => T($"Endring i andelen med koordinator fra {year - 1} til {year} (prosentpoeng, 95 % KI Newcombe)", $"Change in the share with a coordinator from {year - 1} to {year} (percentage points, 95 % CI Newcombe)");
    public string Under67 => T("Under 67 år", "Under 67");
    public string From67 => T("67 år og over", "67 and over");
    public string SharePercent => T("Andel (%)", "Share (%)");
    public string PercentagePoints => T("Prosentpoeng", "Percentage points");
    public string AboutHeading => T("Om tallene", "About the figures");
    public string AppendixHeading => T("Vedlegg: tabeller", "Appendix: tables");
    public string AppendixIntro => T(
        "Tabellene under er de samme tallene som figurene bygger på. Klikk for å åpne; hver tabell kan lastes ned som CSV (innebygd i filen, ingen nettilgang trengs). Skjulte celler vises som «:».",
        "The tables below hold the numbers the charts are drawn from. Click to open; each table can be downloaded as CSV (embedded in the file, no network needed). Hidden cells are shown as \":\".");
    public string DownloadCsv => T("Last ned CSV", "Download CSV");
    public string Contents => T("Innhold", "Contents");
    public string DashboardLink => T("Dashbord for helsefellesskapene: kjør «kpr report --format dashboard».", "Dashboard for the health communities: run \"kpr report --format dashboard\".");

    public string StructureNote(int year) => T(
        $"Helsefellesskap etter inndelingen i tellingsåret; befolkningen fra SSB etter samme inndeling. Kommunestruktur for harmonisering: {year}.",
        $"Health communities by the structure of the counted year; population from SSB by the same structure. Municipality structure for harmonisation: {year}.");
    public string DenominatorNote => T(
        "Rater per 1 000 innbyggere bruker befolkningen ved årets slutt (SSB, 1. januar året etter). 95 % konfidensintervaller: eksakt Poisson under 10, ellers Byar; andeler Wilson; endring i prosentpoeng Newcombe.",
        "Rates per 1,000 inhabitants use the population at the end of the year (SSB, 1 January of the next year). 95 % confidence intervals: exact Poisson below 10, Byar otherwise; shares Wilson; percentage-point changes Newcombe.");
    public string ProtectionNote(int threshold) => threshold > 0
        ? T($"Små tall er skjult for å hindre identifisering: antall fra 1 til {threshold - 1}, og celler som ellers kunne regnes ut fra summene. Landet og helsefellesskapene er prikket som én tabell.",
            $"Small counts are hidden to prevent identification: counts from 1 to {threshold - 1}, and cells that could otherwise be worked out from the totals. Norway and the health communities are protected as one table.")
        : T("Prikking av små tall er slått av (--protect 0).", "Small-count protection is switched off (--protect 0).");
    public string NationalNote(long unplaced) => unplaced > 0
        ? T($"Tallene for hele landet er summen av helsefellesskapene. {unplaced.ToString("N0", Culture)} personer kunne ikke plasseres i et helsefellesskap (ukjent eller ugyldig bostedskommune) og er ikke med i noen figur; derfor kan landstallet avvike litt fra totaltall i andre kilder.",
            $"The figures for Norway are the sum of the health communities. {unplaced.ToString("N0", Culture)} persons could not be placed in a health community (unknown or invalid municipality of residence) and are in no chart; the national figure may therefore differ slightly from totals elsewhere.")
        : T("Tallene for hele landet er summen av helsefellesskapene.", "The figures for Norway are the sum of the health communities.");
    public string AbovePopulationNote(int cells) => T(
        $"I {cells} celler mottok flere personer tjenester i løpet av året enn det bodde personer der ved årets slutt (raten er over 1 000). Det kan skje for de eldste: personer som døde i løpet av året er talt med, men er ikke med i befolkningen ved årets slutt.",
        $"In {cells} cells more persons received services during the year than lived there at its end (a rate above 1,000). This can happen for the oldest: persons who died during the year are counted but are not in the year-end population.");
    public string SeriesNote => T(
        "Tjenestegrupper: tjenester til hjemmeboende, bolig og velferdsteknologi som i Helsedirektoratets grupper; tidsbegrensede institusjonstjenester = tjenestekode 8, 18, 19 og 20; langtidsopphold = kode 21.",
        "Service series: services to people living at home, housing and welfare technology as in Helsedirektoratet's groups; time-limited institutional services = service codes 8, 18, 19 and 20; long-term stays = code 21.");
    public string GeneratedBy(string version, string date) => T(
        $"Laget med kpr {version} (Kpr.Core) {date}. Befolkning: Statistisk sentralbyrå (SSB), CC BY 4.0. Figurer: Apache ECharts (Apache-2.0), innebygd i filen.",
        $"Made with kpr {version} (Kpr.Core) on {date}. Population: Statistics Norway (SSB), CC BY 4.0. Charts: Apache ECharts (Apache-2.0), embedded in the file.");

    public string Column(string id) => id switch
    {
        "series" => T("Tjeneste", "Service"),
        "period" => T("Periode", "Period"),
        "year" => T("År", "Year"),
        "month" => T("Måned", "Month"),
        "region" => T("Helsefellesskap", "Health community"),
        "age_group" => T("Alder", "Age"),
        "bistandsbehov" => T("Bistandsbehov", "Need for assistance"),
        "count" => T("Antall", "Count"),
        "population" => T("Befolkning", "Population"),
        "rate" => T("Per 1 000", "Per 1,000"),
        "lower" => T("Nedre", "Lower"),
        "upper" => T("Øvre", "Upper"),
        "baseline" => T("Antall 2019", "Count 2019"),
        "change" => T("Endring (%)", "Change (%)"),
        "recipients" => T("Mottakere", "Recipients"),
        "share" => T("Andel (%)", "Share (%)"),
        "pp" => T("Endring (p.p.)", "Change (p.p.)"),
        _ => id,
    };
}
