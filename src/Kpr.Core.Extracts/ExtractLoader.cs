using Kpr.Core.Register;

namespace Kpr.Core.Extracts;

/// <summary>Reads an extract file into an <see cref="EpisodeRegister"/>: every row read, validated and counted.</summary>
public static class ExtractLoader
{
    /// <summary>Loads an extract.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="options">How to read it (null: <see cref="ExtractReadOptions.Default"/>).</param>
    /// <returns>The register and its validation summary (<see cref="EpisodeRegister.Validation"/>).</returns>
    /// <exception cref="ExtractFormatException">The header cannot be used.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static EpisodeRegister Load(string path, ExtractReadOptions? options = null)
    {
        using var reader = ExtractReader.Open(path, options);
        return Load(reader);
    }

    /// <summary>Loads an extract and keeps the account of its lines (header, blank lines, rows).</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="options">How to read it (null: <see cref="ExtractReadOptions.Default"/>).</param>
    /// <returns>The register with the line account.</returns>
    /// <exception cref="ExtractFormatException">The header cannot be used.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static LoadedExtract LoadFile(string path, ExtractReadOptions? options = null)
    {
        using var reader = ExtractReader.Open(path, options);
        var register = Load(reader);
        return new LoadedExtract(Path.GetFileName(path), register, reader.LinesRead, reader.BlankLines, reader.NotUtf8Lines);
    }

    /// <summary>Loads the rows of an open reader, with the reader's options.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The register and its validation summary.</returns>
    public static EpisodeRegister Load(ExtractReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var options = reader.Options;
        var progress = options.Progress;
        var builder = new RegisterBuilder(maxIssues: options.MaxIssues);
        foreach (var issue in reader.HeaderIssues)
        {
            builder.AddIssue(issue);
        }
        foreach (var record in reader.Records())
        {
            if (record.Episode is { } episode)
            {
                foreach (var warning in record.Issues)
                {
                    builder.AddIssue(warning);
                }
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
            if (options.MaxErrors is { } max && builder.Rejected >= max)
            {
                builder.MarkStoppedEarly();
                break;
            }
        }
        return builder.Build();
    }
}
