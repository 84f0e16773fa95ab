namespace Kpr.Cli.Output;

/// <summary>How a command writes a table: aligned text for people, CSV and JSON for programs.</summary>
internal enum OutputFormat
{
    /// <summary>Aligned columns for a terminal.</summary>
    Table,

    /// <summary>RFC 4180 CSV with a header row, culture-invariant numbers.</summary>
    Csv,

    /// <summary>A JSON array of objects, one per row, keyed by column name.</summary>
    Json,
}
