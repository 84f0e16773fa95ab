using System.CommandLine;

namespace Kpr.Cli.Output;

/// <summary>Options several commands share, so they are spelled and parsed the same way everywhere.</summary>
internal static class CliOptions
{
    /// <summary><c>--format table|csv|json</c>, default table.</summary>
    public static Option<OutputFormat> Format(OutputFormat defaultFormat = OutputFormat.Table, string? description = null)
    {
        var option = new Option<OutputFormat>("--format")
        {
            Description = description ?? "Output format: table, csv or json.",
            DefaultValueFactory = _ => defaultFormat,
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 0 ? "" : result.Tokens[0].Value;
                if (Enum.TryParse<OutputFormat>(text, ignoreCase: true, out var value) && Enum.IsDefined(value))
                {
                    return value;
                }
                result.AddError($"Unknown --format '{text}': use table, csv or json.");
                return defaultFormat;
            },
        };
        return option;
    }
}
