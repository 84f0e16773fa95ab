namespace Kpr.Core.Extracts;

/// <summary>
/// The documented extract schema (docs/extract-format.md): column names, which are required, and the mapping from
/// an extract's own header names to them.
/// </summary>
public static class ExtractSchema
{
    /// <summary>The person's pseudonym.</summary>
    public const string PersonId = "person_id";

    /// <summary>Birth year (four digits).</summary>
    public const string BirthYear = "birth_year";

    /// <summary>Sex: 1 = male, 2 = female.</summary>
    public const string Sex = "sex";

    /// <summary>Residence municipality (four-digit kommunenummer).</summary>
    public const string Municipality = "municipality";

    /// <summary>Service code (tjenestetype).</summary>
    public const string ServiceCode = "service_code";

    /// <summary>Start date (fra-dato).</summary>
    public const string StartDate = "start_date";

    /// <summary>End date (til-dato); empty when open.</summary>
    public const string EndDate = "end_date";

    /// <summary>Hours per week (optional column).</summary>
    public const string HoursPerWeek = "hours_per_week";

    /// <summary>Bistandsbehov (optional column).</summary>
    public const string Bistandsbehov = "bistandsbehov";

    /// <summary>Coordinator (optional column).</summary>
    public const string Coordinator = "coordinator";

    /// <summary>Individual plan (optional column).</summary>
    public const string IndividualPlan = "individual_plan";

    /// <summary>Death date (optional column).</summary>
    public const string DeathDate = "death_date";

    /// <summary>All columns in their documented order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        [PersonId, BirthYear, Sex, Municipality, ServiceCode, StartDate, EndDate, HoursPerWeek, Bistandsbehov, Coordinator, IndividualPlan, DeathDate];

    /// <summary>The columns an extract must have.</summary>
    public static IReadOnlyList<string> Required { get; } = [PersonId, BirthYear, Sex, Municipality, ServiceCode, StartDate, EndDate];

    /// <summary>
    /// Parses a column mapping <c>schema=header,schema=header</c> (e.g. <c>person_id=pid,start_date=fra_dato</c>):
    /// which header name of the extract holds which schema column.
    /// </summary>
    /// <param name="text">The mapping text; empty gives an empty mapping.</param>
    /// <returns>Schema column → header name.</returns>
    /// <exception cref="FormatException">A part is not <c>name=header</c> or names an unknown schema column.</exception>
    public static IReadOnlyDictionary<string, string> ParseMapping(string? text)
    {
        var mapping = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrWhiteSpace(text))
        {
            return mapping;
        }
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0 || eq == part.Length - 1)
            {
                throw new FormatException($"Column mapping '{part}' is not of the form schema_column=header_name.");
            }
            var column = part[..eq].Trim();
            if (!Columns.Contains(column, StringComparer.OrdinalIgnoreCase))
            {
                throw new FormatException($"Column mapping names '{column}', which is not a schema column ({string.Join(", ", Columns)}).");
            }
            mapping[column] = part[(eq + 1)..].Trim();
        }
        return mapping;
    }
}
