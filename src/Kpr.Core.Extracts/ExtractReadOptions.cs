using Kpr.Core.Register;

namespace Kpr.Core.Extracts;

/// <summary>How to read an extract: column names, how many rejections to tolerate, how many issues to keep, progress.
/// The defaults read a documented extract (docs/extract-format.md) completely and keep
/// <see cref="RegisterBuilder.DefaultMaxIssues"/> issues.</summary>
public sealed record ExtractReadOptions
{
    /// <summary>The defaults.</summary>
    public static ExtractReadOptions Default { get; } = new();

    /// <summary>Schema column → the extract's header name, for extracts that name columns differently
    /// (see <see cref="ExtractSchema.ParseMapping"/>); empty maps nothing.</summary>
    public IReadOnlyDictionary<string, string> ColumnMapping { get; init; } = new Dictionary<string, string>();

    /// <summary>The file's character encoding (default: <see cref="ExtractEncoding.Detect"/>, UTF-8 with a warning and
    /// Windows-1252 for lines that are not UTF-8).</summary>
    public ExtractEncoding Encoding { get; init; }

    /// <summary>Stop after this many rejected rows (null: read everything).</summary>
    public long? MaxErrors { get; init; }

    /// <summary>How many issues to keep with their line in the validation summary (all are counted).</summary>
    public int MaxIssues { get; init; } = RegisterBuilder.DefaultMaxIssues;

    /// <summary>Called now and then with the number of data rows read so far, or null.</summary>
    public Action<long>? Progress { get; init; }
}
