using System.CommandLine;
using System.Globalization;
using Kpr.Cli.Input;
using Kpr.Cli.Output;
using Kpr.Core.Register;

namespace Kpr.Cli.Commands;

/// <summary><c>kpr validate --input file.csv [--max-errors N]</c>: reads and validates an extract, prints the summary
/// and the issues with their lines; exit 0 when nothing was rejected.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var input = new Option<FileInfo>("--input") { Description = "The extract (CSV, see docs/extract-format.md).", Required = true };
        var maxErrors = new Option<long?>("--max-errors") { Description = "Stop after this many rejected rows." };
        var maxIssues = new Option<int>("--max-issues")
        {
            Description = "How many issues to print (all are counted).",
            DefaultValueFactory = _ => 1000,
        };
        var columns = ExtractOptions.Columns();
        var command = new Command("validate", "Read and validate a register extract: rows read, accepted, corrected, rejected, duplicates, and every issue with its line.")
        {
            input, maxErrors, maxIssues, columns,
        };
        ExtractOptions.AddReadingOptions(command);
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var max = parse.GetValue(maxErrors);
            if (max is <= 0)
            {
                throw new CliException("--max-errors must be at least 1.");
            }
            var shown = parse.GetValue(maxIssues);
            if (shown < 0)
            {
                throw new CliException("--max-issues must not be negative.");
            }
            var extract = ExtractOptions.Load(parse, parse.GetValue(input)!, parse.GetValue(columns), max, shown, parse.InvocationConfiguration.Error,
                rejectedIsResult: true);
            var v = extract.Validation;

            var summary = new TabularResult("rows_read", "accepted", "corrected", "rejected", "duplicates");
            summary.Add(v.RowsRead, v.Accepted, v.Corrected, v.Rejected, v.Duplicates);
            summary.Write(output, OutputFormat.Table);
            if (v.StoppedEarly)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stopped early after {v.Rejected} rejected rows (--max-errors); later rows were not read"));
            }
            if (v.IssueCount > 0)
            {
                output.WriteLine();
                var byKind = new TabularResult("issue", "severity", "count");
                foreach (var group in v.Issues.GroupBy(i => i.Kind).OrderBy(g => g.Key))
                {
                    byKind.Add(KindId(group.Key), SeverityId(group.First().Severity), v.CountByKind(group.Key));
                }
                byKind.Write(output, OutputFormat.Table);
                output.WriteLine();
                output.WriteLine(v.HasAllIssues
                    ? string.Create(CultureInfo.InvariantCulture, $"issues ({v.IssueCount}):")
                    : string.Create(CultureInfo.InvariantCulture, $"issues (first {v.Issues.Count} of {v.IssueCount}):"));
                foreach (var issue in v.Issues)
                {
                    output.WriteLine(issue.ToString());
                }
            }
            return v.Rejected == 0 || ExtractOptions.AcceptRejected(parse) ? KprApp.Success : KprApp.DataRejected;
        });
        return command;
    }

    private static string KindId(IssueKind kind)
    {
        var name = kind.ToString();
        var chars = new List<char>(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                chars.Add('_');
            }
            chars.Add(char.ToLowerInvariant(name[i]));
        }
        return new string(chars.ToArray());
    }

    private static string SeverityId(IssueSeverity severity) => severity switch
    {
        IssueSeverity.Rejection => "rejected",
        IssueSeverity.Correction => "corrected",
        IssueSeverity.Duplicate => "duplicate",
        _ => "warning",
    };
}
