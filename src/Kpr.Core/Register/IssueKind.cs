namespace Kpr.Core.Register;

/// <summary>The reason of a validation issue. Numeric values are stable.</summary>
public enum IssueKind
{
    /// <summary>The start date (fra-dato) is missing; Helsedirektoratet excludes such services (domain notes §A3).</summary>
    StartMissing = 1,

    /// <summary>The end date is before the start date (the validity filter requires fra-dato ≤ til-dato).</summary>
    EndBeforeStart = 2,

    /// <summary>A date that cannot exist (e.g. 2021-02-30) or cannot be read as a date.</summary>
    ImpossibleDate = 3,

    /// <summary>The service code is not in the catalogue.</summary>
    UnknownServiceCode = 4,

    /// <summary>The service code exists but is not valid on the episode's start date.</summary>
    ServiceCodeNotValidOnDate = 5,

    /// <summary>A retired code recoded to its successor as Helsedirektoratet does (12/13 → 29 after 2018).</summary>
    ServiceCodeRecoded = 6,

    /// <summary>The municipality code is unknown, or was not valid at any time during the episode.</summary>
    MunicipalityNotValidOnDate = 7,

    /// <summary>The birth year is impossible (after the start or death date, or an age over the limit).</summary>
    ImpossibleBirthYear = 8,

    /// <summary>Hours per week outside 0–168 (the most a week has; IPLOS guidance, domain notes §F).</summary>
    HoursOutOfRange = 9,

    /// <summary>An identical decision (same person, code, start, end and hours) was already counted.</summary>
    DuplicateDecision = 10,

    /// <summary>The death date is before the start date: a decision starting after death.</summary>
    StartAfterDeath = 11,

    /// <summary>Two rows of the same person disagree on birth year, sex or death date; the first is kept.</summary>
    InconsistentPerson = 12,

    /// <summary>A required value is empty.</summary>
    MissingValue = 13,

    /// <summary>A value cannot be read (not a number, unknown category, bad characters).</summary>
    MalformedValue = 14,

    /// <summary>A row has more or fewer fields than the header (e.g. a truncated line).</summary>
    WrongFieldCount = 15,

    /// <summary>A row that is not well-formed text (broken quoting, binary data, a record too large).</summary>
    MalformedRecord = 16,

    /// <summary>A required column is missing from the header.</summary>
    MissingColumn = 17,

    /// <summary>A column in the header is not part of the schema and is ignored.</summary>
    UnknownColumn = 18,

    /// <summary>A code that left the service list without a successor code but whose leftover rows still count in a
    /// group: 16 (rehabilitation outside an institution) starting after 2018 counts as tjenester til hjemmeboende
    /// (domain notes §A1 [S10][S11]). A correction: the row is kept.</summary>
    ServiceCodeCountedInGroup = 19,

    /// <summary>The start date (fra-dato) is before 1 January 1980, outside the published validity filter
    /// ("fra-dato between 1980 and 31.12 of the registreringsår", domain notes §D1 [S18][S18c]).</summary>
    StartBefore1980 = 20,

    /// <summary>The person died in a year before the year of the start: registrations of persons who died before the
    /// registreringsår are removed by the published validity filter (domain notes §D1 [S18][S18c]), service starts
    /// included.</summary>
    DiedBeforeStartYear = 21,

    /// <summary>Invisible characters (a byte-order mark inside the file, zero-width spaces, bidi marks, soft hyphens)
    /// were removed from a row so that they cannot become part of an id.</summary>
    InvisibleCharacter = 30,

    /// <summary>The file is not in the expected encoding (e.g. an ISO-8859-1/Windows-1252 file read as UTF-8).</summary>
    EncodingMismatch = 31,
}
