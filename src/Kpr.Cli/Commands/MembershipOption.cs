using System.CommandLine;
using Kpr.Core.Regions;

namespace Kpr.Cli.Commands;

/// <summary><c>--membership FILE</c>: a user's municipality → helsefellesskap table (CSV, or JSON when the file ends in
/// .json) replacing the built-in one. Shared by the region commands so it is spelled and validated the same way.</summary>
internal static class MembershipOption
{
    public static Option<FileInfo?> Create() => new("--membership")
    {
        Description = "Own municipality -> helsefellesskap table replacing the built-in one: CSV with municipality_code,helsefellesskap_id,valid_from,valid_to (or a JSON array of such objects when the file ends in .json). Validated: every municipality valid 2018-2026 in exactly one helsefellesskap.",
    };

    public static HelsefellesskapDirectory Resolve(FileInfo? file)
    {
        if (file is null)
        {
            return HelsefellesskapDirectory.Default;
        }
        if (!file.Exists)
        {
            throw new CliException($"--membership: file '{file.FullName}' does not exist.");
        }
        HelsefellesskapTableResult result;
        if (string.Equals(file.Extension, ".json", StringComparison.OrdinalIgnoreCase))
        {
            result = HelsefellesskapDirectory.ParseJson(File.ReadAllText(file.FullName), file.Name);
        }
        else
        {
            using var reader = file.OpenText();
            result = HelsefellesskapDirectory.ParseCsv(reader, file.Name);
        }
        if (!result.IsValid)
        {
            var shown = result.Problems.Take(20).ToList();
            var more = result.Problems.Count > shown.Count ? $"\n... and {result.Problems.Count - shown.Count} more" : "";
            throw new CliException($"--membership: the table is not valid:\n{string.Join("\n", shown)}{more}");
        }
        return result.Directory!;
    }
}
