using System.CommandLine;
using System.Globalization;
using System.Text;
using Kpr.Cli.Measures;
using Kpr.Core.Measures;

namespace Kpr.Cli.Commands;

/// <summary>
/// <c>kpr measure rate|proportion|pp-change|change|dsr|isr --input in.csv [--output out.csv] [--confidence 0.95] [--per N]</c>:
/// reads a CSV of counts and writes it back with <c>value,lower,upper,note</c> appended (a public contract), values with
/// full round-trip precision, <c>note</c> saying why a row is not computable (its other result cells then empty).
/// dsr and isr write one row per group: <c>group,count,population[,expected],value,lower,upper,note</c>.
/// </summary>
internal static class MeasureCommand
{
    private static readonly string[] ResultColumns = ["value", "lower", "upper", "note"];

    public static Command Create()
    {
        var command = new Command("measure", "Compute rates, shares, percentage-point changes, changes against a baseline and standardised rates, with confidence intervals, for each row of a CSV.");
        command.Subcommands.Add(RateLike("rate", "Rate per N (default per 1000): exact Poisson limits below 10, Byar's method otherwise.", 1000, proportion: false));
        command.Subcommands.Add(RateLike("proportion", "Share with Wilson score limits: --per 100 (default) gives percent, --per 1 a fraction.", 100, proportion: true));
        command.Subcommands.Add(PpChange());
        command.Subcommands.Add(Change());
        command.Subcommands.Add(Dsr());
        command.Subcommands.Add(Isr());
        return command;
    }

    private sealed class Common
    {
        public required Option<string> Input { get; init; }
        public required Option<string?> Output { get; init; }
        public required Option<string> Confidence { get; init; }
        public required Option<double> Per { get; init; }

        public static Common Add(Command command, double defaultPer, string perDescription)
        {
            var common = new Common
            {
                Input = new Option<string>("--input") { Description = "The input CSV (header row; ',' ';' or tab separated; '#' comment lines; empty or NA = missing).", Required = true },
                Output = new Option<string?>("--output") { Description = "Where to write the result CSV (default: standard output)." },
                Confidence = new Option<string>("--confidence") { Description = "Confidence level in (0,1), e.g. 0.95 or 0.998; several separated by commas add lower_<level>,upper_<level> columns.", DefaultValueFactory = _ => "0.95" },
                Per = new Option<double>("--per") { Description = perDescription, DefaultValueFactory = _ => defaultPer },
            };
            command.Options.Add(common.Input);
            command.Options.Add(common.Output);
            command.Options.Add(common.Confidence);
            command.Options.Add(common.Per);
            return common;
        }
    }

    private static Option<string> ColumnOption(Command command, string name, string defaultColumn, string what)
    {
        var option = new Option<string>(name) { Description = $"Input column with {what} (default '{defaultColumn}').", DefaultValueFactory = _ => defaultColumn };
        command.Options.Add(option);
        return option;
    }

    private static Command RateLike(string name, string description, double defaultPer, bool proportion)
    {
        var command = new Command(name, description);
        var common = Common.Add(command, defaultPer, proportion ? "Multiplier: 100 = percent (default), 1 = fraction." : "Multiplier: rate per N (default 1000).");
        var countColumn = ColumnOption(command, "--count-column", "count", "the counts");
        var populationColumn = ColumnOption(command, "--population-column", "population", proportion ? "the denominators" : "the populations");
        command.SetAction(parse =>
        {
            var (table, levels, per) = Open(parse, common);
            var count = table.Column(parse.GetValue(countColumn)!, "--count-column");
            var population = table.Column(parse.GetValue(populationColumn)!, "--population-column");
            WriteRows(parse, common, table, levels, row =>
            {
                if (proportion)
                {
                    var c = table.Count(row, count);
                    var n = table.Number(row, population);
                    if (n is { } d && (d < 0 || d != Math.Floor(d)))
                    {
                        throw new CliException($"{table.Source}:{row.Line}: field '{table.Header[population]}' must be a whole number ≥ 0 for a proportion.");
                    }
                    var share = Guard(table, row, () => Proportion.Create(c, (long?)n, per));
                    return Result(share.Value, share.IsComputable, share.Reason, levels, l => share.IntervalAt(l));
                }
                var rate = Guard(table, row, () => Rate.Create(table.Count(row, count), table.NonNegative(row, population), per));
                return Result(rate.Value, rate.IsComputable, rate.Reason, levels, l => rate.IntervalAt(l));
            });
            return KprApp.Success;
        });
        return command;
    }

    private static Command PpChange()
    {
        var command = new Command("pp-change", "Difference of two shares, a − b, times --per (100 = percentage points, default), with Newcombe's hybrid score interval (method 10).");
        var common = Common.Add(command, 100, "Multiplier: 100 = percentage points (default), 1 = difference of fractions.");
        var countA = ColumnOption(command, "--count-a-column", "count_a", "the counts of share a");
        var popA = ColumnOption(command, "--population-a-column", "population_a", "the denominators of share a");
        var countB = ColumnOption(command, "--count-b-column", "count_b", "the counts of share b");
        var popB = ColumnOption(command, "--population-b-column", "population_b", "the denominators of share b");
        command.SetAction(parse =>
        {
            var (table, levels, per) = Open(parse, common);
            int ca = table.Column(parse.GetValue(countA)!, "--count-a-column"), na = table.Column(parse.GetValue(popA)!, "--population-a-column");
            int cb = table.Column(parse.GetValue(countB)!, "--count-b-column"), nb = table.Column(parse.GetValue(popB)!, "--population-b-column");
            WriteRows(parse, common, table, levels, row =>
            {
                var a = Guard(table, row, () => Proportion.Create(table.Count(row, ca), table.Count(row, na), 1));
                var b = Guard(table, row, () => Proportion.Create(table.Count(row, cb), table.Count(row, nb), 1));
                var change = PercentagePointChange.Between(a, b);
                return Result(change.Difference * per, change.IsComputable, change.Reason, levels, l => change.IntervalAt(l).Scale(per / 100));
            });
            return KprApp.Success;
        });
        return command;
    }

    private static Command Change()
    {
        var command = new Command("change", "Change against a baseline, (value − baseline) / baseline × --per (100 = percent, the P-score). Several baseline columns (comma-separated in --baseline-column) are averaged. No interval: lower and upper stay empty.");
        var common = Common.Add(command, 100, "Multiplier: 100 = percent (default), 1 = fraction.");
        var valueColumn = ColumnOption(command, "--value-column", "value", "the values to compare");
        var baselineColumn = ColumnOption(command, "--baseline-column", "baseline", "the baseline (several, comma-separated, are averaged)");
        command.SetAction(parse =>
        {
            var (table, levels, per) = Open(parse, common);
            var value = table.Column(parse.GetValue(valueColumn)!, "--value-column");
            var baselines = parse.GetValue(baselineColumn)!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(c => table.Column(c, "--baseline-column")).ToArray();
            if (baselines.Length == 0)
            {
                throw new CliException("--baseline-column: name at least one column.");
            }
            WriteRows(parse, common, table, levels, row =>
            {
                var comparison = BaselineComparison.AgainstMean(table.Number(row, value), baselines.Select(b => table.Number(row, b)));
                return Result(comparison.PScore / 100 * per, comparison.IsComputable, comparison.Reason, levels, _ => ConfidenceInterval.Empty);
            });
            return KprApp.Success;
        });
        return command;
    }

    private static Command Dsr()
    {
        var command = new Command("dsr", "Directly standardised rate per group (Dobson's method; not computed when the group's total count is below 10). Writes one row per group.");
        var common = Common.Add(command, 1000, "Multiplier: rate per N (default 1000).");
        var group = ColumnOption(command, "--group-column", "group", "the group (area, year, …)");
        var band = ColumnOption(command, "--band-column", "age_band", "the age band");
        var count = ColumnOption(command, "--count-column", "count", "the counts");
        var population = ColumnOption(command, "--population-column", "population", "the populations");
        var standardColumn = ColumnOption(command, "--standard-column", "standard_population", "the standard population of each band (used when --standard is not given)");
        var standard = new Option<string?>("--standard") { Description = "The standard population: esp2013 (matched by band). Default: the standard population column if the input has one, else esp2013." };
        var missingAsZero = MissingAsZero(command);
        command.Options.Add(standard);
        command.SetAction(parse =>
        {
            var (table, levels, per) = Open(parse, common);
            int g = table.Column(parse.GetValue(group)!, "--group-column"), b = table.Column(parse.GetValue(band)!, "--band-column");
            int c = table.Column(parse.GetValue(count)!, "--count-column"), n = table.Column(parse.GetValue(population)!, "--population-column");
            var standardName = parse.GetValue(standard);
            var columnName = parse.GetValue(standardColumn)!;
            int? weights = null;
            if (standardName is null && table.HasColumn(columnName))
            {
                weights = table.Column(columnName, "--standard-column");
            }
            else if (standardName is not null && !standardName.Equals("esp2013", StringComparison.OrdinalIgnoreCase))
            {
                throw new CliException($"--standard: unknown standard population '{standardName}'; use esp2013, or give a '{columnName}' column.");
            }
            var missing = parse.GetValue(missingAsZero) ? MissingStratumCount.Zero : MissingStratumCount.NotComputable;
            WriteGroups(parse, common, table, g, [table.Header[c], table.Header[n]], levels, rows =>
            {
                // A group with an empty population cell gets its own not-computable row; the other groups are computed
                // (as isr does): one missing denominator must not stop the run.
                if (rows.Any(r => table.NonNegative(r, n) is null))
                {
                    var counts = rows.Select(r => table.Count(r, c)).ToList();
                    return ([counts.All(x => x is not null) ? Count(counts.Sum(x => x!.Value)) : "", ""],
                        [.. Enumerable.Repeat("", 1 + 2 * levels.Length), "not computable: missing population"]);
                }
                var std = weights is { } w
                    ? StandardPopulation.Create("input", rows.Select(r => new KeyValuePair<string, double>(r.Cells[b].Trim(),
                        table.NonNegative(r, w) ?? throw new CliException($"{table.Source}:{r.Line}: field '{table.Header[w]}' is empty."))))
                    : StandardPopulation.Esp2013;
                var strata = rows.Select(r => GuardStratum(table, r, () => StratumCount.Create(r.Cells[b].Trim(), table.Count(r, c),
                    table.NonNegative(r, n) ?? throw new CliException($"{table.Source}:{r.Line}: field '{table.Header[n]}' is empty (a band needs its population)."))));
                var dsr = GuardGroup(table, rows, () => DirectlyStandardisedRate.Create(strata.ToList(), std, per, default, missing));
                return ([Count(dsr.TotalCount), CsvOutput.Number(dsr.TotalPopulation)],
                    Result(dsr.Value, dsr.IsComputable, dsr.Reason, levels, l => dsr.IntervalAt(l)));
            });
            return KprApp.Success;
        });
        return command;
    }

    private static Command Isr()
    {
        var command = new Command("isr", "Indirectly standardised rate (default) or ratio per group: observed / expected with exact (below 10) or Byar limits. Writes one row per group with the expected count.");
        var common = Common.Add(command, 1000, "Multiplier for the rate: per N (default 1000). Ignored for --statistic ratio.");
        var group = ColumnOption(command, "--group-column", "group", "the group (area, year, …)");
        var band = ColumnOption(command, "--band-column", "age_band", "the age band");
        var count = ColumnOption(command, "--count-column", "count", "the observed counts");
        var population = ColumnOption(command, "--population-column", "population", "the populations");
        var refCount = ColumnOption(command, "--reference-count-column", "reference_count", "the reference population's counts");
        var refPopulation = ColumnOption(command, "--reference-population-column", "reference_population", "the reference populations");
        var statistic = new Option<string>("--statistic") { Description = "rate (default: O/E × the reference crude rate per N) or ratio (O/E × --reference-value).", DefaultValueFactory = _ => "rate" };
        statistic.AcceptOnlyFromAmong("rate", "ratio");
        var referenceValue = new Option<double>("--reference-value") { Description = "For a ratio: 1 (default) or 100 (an index).", DefaultValueFactory = _ => 1 };
        command.Options.Add(statistic);
        command.Options.Add(referenceValue);
        var missingAsZero = MissingAsZero(command);
        command.SetAction(parse =>
        {
            var (table, levels, per) = Open(parse, common);
            int g = table.Column(parse.GetValue(group)!, "--group-column"), b = table.Column(parse.GetValue(band)!, "--band-column");
            int c = table.Column(parse.GetValue(count)!, "--count-column"), n = table.Column(parse.GetValue(population)!, "--population-column");
            int rc = table.Column(parse.GetValue(refCount)!, "--reference-count-column"), rn = table.Column(parse.GetValue(refPopulation)!, "--reference-population-column");
            var ratioWanted = parse.GetValue(statistic) == "ratio";
            var refValue = parse.GetValue(referenceValue);
            if (!(refValue > 0))
            {
                throw new CliException("--reference-value must be positive (1 or 100).");
            }
            var missing = parse.GetValue(missingAsZero) ? MissingStratumCount.Zero : MissingStratumCount.NotComputable;
            WriteGroups(parse, common, table, g, [table.Header[c], table.Header[n], "expected"], levels, rows =>
            {
                var strata = rows.Select(r => GuardStratum(table, r, () => IndirectStratumCount.Create(r.Cells[b].Trim(), table.Count(r, c),
                    table.NonNegative(r, n), table.NonNegative(r, rc), table.NonNegative(r, rn)))).ToList();
                var population = rows.Sum(r => table.NonNegative(r, n) ?? 0);
                if (ratioWanted)
                {
                    var ratio = IndirectlyStandardisedRatio.Create(strata, refValue, default, CountIntervalMethod.ExactBelowTenElseByar, missing);
                    return ([Count(ratio.Observed), CsvOutput.Number(population), CsvOutput.Number(ratio.Expected)],
                        Result(ratio.Value, ratio.IsComputable, ratio.Reason, levels, l => ratio.IntervalAt(l)));
                }
                var rate = IndirectlyStandardisedRate.Create(strata, per, default, CountIntervalMethod.ExactBelowTenElseByar, missing);
                return ([Count(rate.Ratio.Observed), CsvOutput.Number(population), CsvOutput.Number(rate.Ratio.Expected)],
                    Result(rate.Value, rate.IsComputable, rate.Reason, levels, l => rate.IntervalAt(l)));
            });
            return KprApp.Success;
        });
        return command;
    }

    private static Option<bool> MissingAsZero(Command command)
    {
        var option = new Option<bool>("--missing-as-zero") { Description = "Take an empty band count as 0 (as PHEindicatormethods) instead of making the group not computable." };
        command.Options.Add(option);
        return option;
    }

    private static (CountTable Table, ConfidenceLevel[] Levels, double Per) Open(ParseResult parse, Common common)
    {
        var per = parse.GetValue(common.Per);
        if (!(per > 0 && double.IsFinite(per)))
        {
            throw new CliException("--per must be a positive number, e.g. 1000.");
        }
        var levels = ParseLevels(parse.GetValue(common.Confidence)!);
        var path = parse.GetValue(common.Input)!;
        TextReader reader;
        try
        {
            reader = new StreamReader(path, new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new CliException($"cannot open --input '{path}': {e.Message}");
        }
        using (reader)
        {
            return (CountTable.Read(reader, Path.GetFileName(path)), levels, per);
        }
    }

    private static ConfidenceLevel[] ParseLevels(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var levels = new List<ConfidenceLevel>();
        foreach (var part in parts)
        {
            if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !(value > 0 && value < 1))
            {
                throw new CliException($"--confidence: '{part}' is not a level strictly between 0 and 1 (e.g. 0.95 or 0.998).");
            }
            levels.Add(ConfidenceLevel.Create(value));
        }
        if (levels.Count == 0)
        {
            throw new CliException("--confidence: give at least one level, e.g. 0.95.");
        }
        return [.. levels];
    }

    private static string[] ResultHeader(ConfidenceLevel[] levels) =>
        ["value", "lower", "upper", .. levels.Skip(1).SelectMany(l => new[] { "lower_" + Level(l), "upper_" + Level(l) }), "note"];

    private static string Level(ConfidenceLevel level) => level.Value.ToString("R", CultureInfo.InvariantCulture);

    private static string[] Result(double value, bool computable, NotComputableReason reason, ConfidenceLevel[] levels, Func<ConfidenceLevel, ConfidenceInterval> interval)
    {
        var cells = new List<string>(3 + 2 * levels.Length);
        if (!computable)
        {
            cells.AddRange(Enumerable.Repeat("", 1 + 2 * levels.Length));
            cells.Add(reason.Describe());
            return [.. cells];
        }
        cells.Add(CsvOutput.Number(value));
        foreach (var level in levels)
        {
            var ci = interval(level);
            cells.Add(CsvOutput.Number(ci.Lower));
            cells.Add(CsvOutput.Number(ci.Upper));
        }
        cells.Add("");
        return [.. cells];
    }

    private static void WriteRows(ParseResult parse, Common common, CountTable table, ConfidenceLevel[] levels, Func<CountTable.Row, string[]> compute)
    {
        // Compute everything first, so that an error leaves no half-written output.
        var results = table.Rows.Select(row => (row, compute(row))).ToList();
        var resultHeader = ResultHeader(levels);
        var header = table.Header.Select(h => resultHeader.Contains(h, StringComparer.OrdinalIgnoreCase) ? "input_" + h : h).Concat(resultHeader);
        Write(parse, common, writer =>
        {
            CsvOutput.WriteLine(writer, header);
            foreach (var (row, cells) in results)
            {
                CsvOutput.WriteLine(writer, row.Cells.Concat(cells));
            }
        });
    }

    private static void WriteGroups(ParseResult parse, Common common, CountTable table, int groupColumn, string[] totalsHeader, ConfidenceLevel[] levels,
        Func<IReadOnlyList<CountTable.Row>, (string[] Totals, string[] Result)> compute)
    {
        var groups = table.Rows.GroupBy(r => r.Cells[groupColumn].Trim(), StringComparer.Ordinal)
            .Select(g => (Group: g.Key, Result: compute(g.ToList()))).ToList();
        var header = new[] { table.Header[groupColumn] }.Concat(totalsHeader).Concat(ResultHeader(levels));
        Write(parse, common, writer =>
        {
            CsvOutput.WriteLine(writer, header);
            foreach (var (group, (totals, result)) in groups)
            {
                CsvOutput.WriteLine(writer, new[] { group }.Concat(totals).Concat(result));
            }
        });
    }

    private static void Write(ParseResult parse, Common common, Action<TextWriter> write)
    {
        if (parse.GetValue(common.Output) is not { } path)
        {
            write(parse.InvocationConfiguration.Output);
            return;
        }
        try
        {
            using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
            write(writer);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot write --output '{path}': {e.Message}");
        }
    }

    private static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static T Guard<T>(CountTable table, CountTable.Row row, Func<T> create)
    {
        try
        {
            return create();
        }
        catch (ArgumentException e) when (e is not ArgumentNullException)
        {
            throw new CliException($"{table.Source}:{row.Line}: {FirstSentence(e.Message)}");
        }
    }

    private static T GuardStratum<T>(CountTable table, CountTable.Row row, Func<T> create) => Guard(table, row, create);

    private static T GuardGroup<T>(CountTable table, IReadOnlyList<CountTable.Row> rows, Func<T> create)
    {
        try
        {
            return create();
        }
        catch (ArgumentException e) when (e is not ArgumentNullException)
        {
            var lines = rows.Count == 0 ? "" : $"{rows[0].Line}-{rows[^1].Line}";
            throw new CliException($"{table.Source}:{lines}: {FirstSentence(e.Message)}");
        }
    }

    // ArgumentException messages end with " (Parameter 'x')"; the CLI user needs only the sentence.
    private static string FirstSentence(string message)
    {
        var i = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        var text = i >= 0 ? message[..i] : message;
        var actual = text.IndexOf("\nActual value", StringComparison.Ordinal);
        return (actual >= 0 ? text[..actual] : text).Trim();
    }
}
