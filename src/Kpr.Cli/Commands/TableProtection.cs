using System.CommandLine;
using Kpr.Core.Disclosure;

namespace Kpr.Cli.Commands;

/// <summary>
/// <c>--protect N</c> for <c>kpr table</c>: the option and its rules. The protection itself (primary and secondary
/// suppression of the counts, hidden derived values) is the core's (<see cref="Kpr.Core.Publishing.Publisher"/>);
/// margins stay in the output so readers can check the sums.
/// </summary>
internal static class TableProtection
{
    public static Option<int> Option() => new("--protect")
    {
        Description = "Hide counts from 1 to N−1 (and complements and margins that would reveal them): SSB's example is 3, KOSTRA uses 5 for KPR figures. 0 (default) = off.",
        DefaultValueFactory = _ => 0,
    };

    /// <summary>The rules for threshold N, or null when protection is off (0).</summary>
    public static ProtectionOptions? Options(ParseResult parse, Option<int> option)
    {
        var n = parse.GetValue(option);
        return n switch
        {
            < 0 => throw new CliException("--protect: the threshold must be 0 (off) or positive."),
            0 => null,
            _ => ProtectionOptions.Create(n),
        };
    }
}
