namespace Kpr.Core.Regions;

/// <summary>
/// The outcome of reading or validating a municipality → helsefellesskap table: either a usable
/// <see cref="HelsefellesskapDirectory"/>, or the list of problems (what, and where: line, field, code, date).
/// </summary>
/// <remarks>Thread safety: immutable.</remarks>
public sealed class HelsefellesskapTableResult
{
    internal HelsefellesskapTableResult(HelsefellesskapDirectory? directory, IReadOnlyList<string> problems)
    {
        Directory = directory;
        Problems = problems;
    }

    /// <summary>True when the table is valid and <see cref="Directory"/> is set.</summary>
    public bool IsValid => Directory is not null;

    /// <summary>The directory built from the table, or null when it has problems.</summary>
    public HelsefellesskapDirectory? Directory { get; }

    /// <summary>Every problem found, one sentence each (empty when valid). Never contains record contents other than codes and ids.</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>The directory, or an exception listing the problems.</summary>
    /// <returns>The directory.</returns>
    /// <exception cref="FormatException">The table has problems.</exception>
    public HelsefellesskapDirectory GetDirectoryOrThrow() =>
        Directory ?? throw new FormatException("Invalid helsefellesskap membership table:" + Environment.NewLine + string.Join(Environment.NewLine, Problems));
}
