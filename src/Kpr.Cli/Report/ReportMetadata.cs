namespace Kpr.Cli.Report;

/// <summary>What the report's records are made from and by which rules (written with every output format).</summary>
/// <param name="Source">A sentence naming the data source.</param>
/// <param name="SourceKind"><c>synthetic</c> (the built-in register) or <c>extract</c> (a file).</param>
/// <param name="IsSynthetic">Whether the data are simulated.</param>
/// <param name="Coverage">A sentence on how much of the population the data cover, or null when the whole country.</param>
/// <param name="Year">The report year.</param>
/// <param name="FirstYear">The first year of the time series.</param>
/// <param name="BaselineYear">The baseline year of the monthly comparison.</param>
/// <param name="StructureYear">The municipality structure year.</param>
/// <param name="Threshold">Counts 1..N−1 are hidden (0 = protection off).</param>
/// <param name="Unplaced">Persons counted during the report year who could not be placed in a helsefellesskap (not in any
/// figure of the page; the national figures are the sum of the helsefellesskap).</param>
/// <param name="CellsAbovePopulation">Rate cells with more recipients during the year than inhabitants at its end.</param>
/// <param name="Definitions">Definitions by key (denominator, intervals, series codes, monthly rule, protection).</param>
internal sealed record ReportMetadata(
    string Source,
    string SourceKind,
    bool IsSynthetic,
    string? Coverage,
    int Year,
    int FirstYear,
    int BaselineYear,
    int StructureYear,
    int Threshold,
    long Unplaced,
    int CellsAbovePopulation,
    IReadOnlyDictionary<string, string> Definitions);

/// <summary>The report's publication: metadata and tidy records, protected as a whole before anything is written.</summary>
internal sealed record ReportData(ReportMetadata Metadata, IReadOnlyList<ReportRecord> Records, string Language);
