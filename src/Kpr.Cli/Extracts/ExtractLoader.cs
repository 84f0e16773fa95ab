using Kpr.Core.Register;

namespace Kpr.Cli.Extracts;

/// <summary>Reads an extract file into an <see cref="EpisodeRegister"/>: every row read, validated and counted.</summary>
public static class ExtractLoader
{
    /// <summary>Loads an extract.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="mapping">Schema column → header name, or null.</param>
    /// <param name="maxErrors">Stop after this many rejected rows (null: read everything).</param>
    /// <param name="maxIssues">How many issues to keep in the summary.</param>
    /// <param name="progress">Called now and then with the rows read so far, or null.</param>
    /// <returns>The register and its validation summary.</returns>
    /// <exception cref="ExtractFormatException">The header cannot be used.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static EpisodeRegister Load(string path, IReadOnlyDictionary<string, string>? mapping = null, long? maxErrors = null,
        int maxIssues = RegisterBuilder.DefaultMaxIssues, Action<long>? progress = null)
    {
        using var reader = ExtractReader.Open(path, mapping);
        return Load(reader, maxErrors, maxIssues, progress);
    }

    /// <summary>Loads the rows of an open reader.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="maxErrors">Stop after this many rejected rows (null: read everything).</param>
    /// <param name="maxIssues">How many issues to keep in the summary.</param>
    /// <param name="progress">Called now and then with the rows read so far, or null.</param>
    /// <returns>The register.</returns>
    public static EpisodeRegister Load(ExtractReader reader, long? maxErrors = null, int maxIssues = RegisterBuilder.DefaultMaxIssues,
        Action<long>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var builder = new RegisterBuilder(maxIssues: maxIssues);
        foreach (var issue in reader.HeaderIssues)
        {
            builder.AddIssue(issue);
        }
        foreach (var record in reader.Records())
        {
            if (record.Episode is { } episode)
            {
                builder.Add(episode, record.Origin);
            }
            else
            {
                builder.AddUnreadable(record.Issues);
            }
            if (progress is not null && (builder.RowsRead & 0xFFFF) == 0)
            {
                progress(builder.RowsRead);
            }
            if (maxErrors is { } max && builder.Rejected >= max)
            {
                builder.MarkStoppedEarly();
                break;
            }
        }
        return builder.Build();
    }
}
