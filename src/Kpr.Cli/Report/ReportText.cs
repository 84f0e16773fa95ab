namespace Kpr.Cli.Report;

/// <summary>The report's words in Norwegian (default; bokmål as in Helsedirektoratet's reports) and English.</summary>
internal sealed class ReportText
{
    private readonly bool _english;

    private ReportText(bool english) => _english = english;

    public static ReportText For(string language) => new(language == "en");

    public string Language => _english ? "en" : "nb";

    private string T(string nb, string en) => _english ? en : nb;

    public string Title => T("Omsorgstjenesten – aktivitetsutvikling", "Municipal health and care services – activity");
    public string Subtitle(int year, string region) => T($"Styringsinformasjon for helsefellesskapene, {year} · {region}", $"Management information for the health communities, {year} · {region}");
    public string Norway => T("Hele landet", "Norway");
    public string SyntheticSource(string description) => T(
        $"Datagrunnlag: innebygd syntetisk nasjonalt register ({description}). Tallene er simulerte og sier ingenting om faktiske tjenestemottakere.",
        $"Data: the built-in synthetic national register ({description}). The figures are simulated and say nothing about real service recipients.");
    public string ExtractSource(string file) => T($"Datagrunnlag: uttrekk fra KPR ({file}).", $"Data: KPR extract ({file}).");
    public string StructureNote(int year) => T(
        $"Kommuner og helsefellesskap er harmonisert til inndelingen per 1. januar {year}.",
        $"Municipalities and health communities are harmonised to the structure of 1 January {year}.");
    public string DenominatorNote => T(
        "Rater per 1 000 innbyggere bruker befolkningen ved årets slutt (SSB tabell 07459, 1. januar året etter). Konfidensintervaller (95 %): eksakt Poisson under 10, ellers Byar; andeler Wilson; endring i prosentpoeng Newcombe.",
        "Rates per 1,000 inhabitants use the population at the end of the year (SSB table 07459, 1 January of the next year). 95 % confidence intervals: exact Poisson below 10, Byar otherwise; shares Wilson; percentage-point changes Newcombe.");
    public string ProtectionNote(int threshold) => threshold > 0
        ? T($"Små tall er skjult («:») for å hindre identifisering: antall under {threshold}, og celler som ellers kunne regnes ut fra summene.",
            $"Small counts are hidden (\":\") to prevent identification: counts below {threshold}, and cells that could otherwise be worked out from the totals.")
        : T("Prikking av små tall er slått av.", "Small-count protection is switched off.");
    public string DenominatorUnavailable(string what) => T($"Befolkningstall mangler: {what}.", $"Population figures missing: {what}.");

    public string KeyFiguresHeading => T("Hovedtall", "Key figures");
    public string RecipientsDuringYear(int year) => T($"tjenestemottakere i løpet av {year}", $"service recipients during {year}");
    public string RecipientsAtYearEnd(int year) => T($"tjenestemottakere per 31.12.{year}", $"service recipients on 31 December {year}");
    public string ShareOfPopulation => T("av befolkningen", "of the population");

    public string RatesHeading => T("Mottakere per 1 000 innbyggere etter tjenestegruppe og alder", "Recipients per 1,000 inhabitants by service group and age");
    public string RatesIntro => T(
        "Unike personer med minst én aktiv tjeneste i gruppen per 31.12. En person med flere tjenester i samme gruppe telles én gang i gruppen.",
        "Distinct persons with at least one active service in the group on 31 December. A person with several services in one group is counted once in that group.");
    public string RatesTrendChart => T("Mottakere per 1 000 innbyggere, hele landet", "Recipients per 1,000 inhabitants, Norway");
    public string RatesTable(string region) => T($"Mottakere og rate per 1 000 innbyggere, {region}", $"Recipients and rate per 1,000 inhabitants, {region}");
    public string RankedChart(string group, string age, int year) => T($"{group}, {age} år, per 1 000 innbyggere {year}, etter helsefellesskap (95 % KI)", $"{group}, age {age}, per 1,000 inhabitants {year}, by health community (95 % CI)");
    public string PerHelsefellesskapTable(int year) => T($"Mottakere og rate per 1 000 etter helsefellesskap, {year}", $"Recipients and rate per 1,000 by health community, {year}");

    public string MonthlyHeading => T("Tjenester startet per måned sammenlignet med 2019", "Services started each month compared with 2019");
    public string MonthlyIntro(int baseline) => T(
        $"Antall tjenester (vedtak) med startdato i måneden, sammenlignet med samme måned i {baseline} (prosentvis endring). Like vedtak for samme person telles én gang. Januar er utelatt (kommunesammenslåingene 2020), velferdsteknologi og bolig er ikke med.",
        $"Number of services (decisions) starting in the month, compared with the same month of {baseline} (percentage change). Identical decisions for the same person count once. January is left out (the 2020 municipal mergers); welfare technology and housing are not included.");
    public string MonthlyChart(string category) => T($"{category}: endring fra samme måned 2019 (%)", $"{category}: change from the same month of 2019 (%)");
    public string MonthlyTable(string region) => T($"Tjenestestarter per måned, {region}", $"Service starts per month, {region}");
    public string MonthlyByHelsefellesskapTable => T("Tjenestestarter per måned etter helsefellesskap", "Service starts per month by health community");
    public string ChangePercent => T("Endring (%)", "Change (%)");

    public string CoordinatorHeading => T("Andel med koordinator etter bistandsbehov og alder", "Share with a coordinator by need for assistance and age");
    public string CoordinatorIntro => T(
        "Blant mottakere av helsetjenester i hjemmet og/eller praktisk bistand per 31.12. Endringen fra året før er i prosentpoeng.",
        "Among recipients of health care at home and/or practical assistance on 31 December. The change from the year before is in percentage points.");
    public string CoordinatorTable(int year) => T($"Andel med koordinator {year} og endring fra {year - 1}", $"Share with a coordinator {year} and change from {year - 1}");

    public string HomeServices => T("Tjenester til hjemmeboende", "Services to people living at home");
    public string TimeLimitedStays => T("Tidsbegrensede institusjonsopphold", "Time-limited institutional stays");
    public string LongTermStays => T("Langtidsopphold i institusjon", "Long-term institutional stays");

    public string Column(string id) => id switch
    {
        "year" => T("År", "Year"),
        "region" => T("Region", "Region"),
        "helsefellesskap" => T("Helsefellesskap", "Health community"),
        "service_group" => T("Tjenestegruppe", "Service group"),
        "category" => T("Tjeneste", "Service"),
        "age_group" => T("Alder", "Age"),
        "bistandsbehov" => T("Bistandsbehov", "Need for assistance"),
        "month" => T("Måned", "Month"),
        "count" => T("Antall", "Count"),
        "population" => T("Befolkning", "Population"),
        "rate" => T("Per 1 000", "Per 1,000"),
        "lower" => T("Nedre", "Lower"),
        "upper" => T("Øvre", "Upper"),
        "baseline_count" => T("Antall 2019", "Count 2019"),
        "change_percent" => T("Endring (%)", "Change (%)"),
        "denominator" => T("Mottakere", "Recipients"),
        "share_percent" => T("Andel (%)", "Share (%)"),
        "previous_share_percent" => T("Andel året før (%)", "Share year before (%)"),
        "pp_change" => T("Endring (p.p.)", "Change (p.p.)"),
        "pp_lower" => T("Nedre (p.p.)", "Lower (p.p.)"),
        "pp_upper" => T("Øvre (p.p.)", "Upper (p.p.)"),
        _ => id,
    };

    public string GeneratedBy(string version, string date) => T(
        $"Laget med kpr {version} (Kpr.Core) {date}. Befolkning: Statistisk sentralbyrå (SSB), CC BY 4.0. Metoder: docs/methods.md.",
        $"Made with kpr {version} (Kpr.Core) on {date}. Population: Statistics Norway (SSB), CC BY 4.0. Methods: docs/methods.md.");
}
