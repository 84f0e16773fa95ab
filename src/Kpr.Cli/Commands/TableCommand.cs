using System.CommandLine;
using System.Globalization;
using Kpr.Cli.Input;
using Kpr.Cli.Output;
using Kpr.Core.Aggregation;
using Kpr.Core.Publishing;
using Kpr.Core.Population;
using Kpr.Core.Register;
using Kpr.Core.Services;
using NodaTime;

namespace Kpr.Cli.Commands;

/// <summary>
/// <c>kpr table recipients|starts|compare-months</c>: the standard tables from an extract. CSV columns: one per
/// dimension named as in <c>--by</c> (values as ids, margins as <c>total</c>), then the measures. A thin caller: it
/// parses options, asks the core (<see cref="RegisterAggregation"/>, then <see cref="Publisher"/> for protection and
/// the cells' statuses) and writes with <see cref="PublishedTableWriter"/>.
/// </summary>
internal static class TableCommand
{
    public static Command Create()
    {
        var command = new Command("table", "Tables from a register extract: recipients (with --rates), service starts per month, monthly comparison against a baseline year.");
        command.Subcommands.Add(Recipients());
        command.Subcommands.Add(Starts());
        command.Subcommands.Add(CompareMonths());
        return command;
    }

    private static Option<FileInfo> Input() => new("--input") { Description = "The extract (CSV).", Required = true };

    private static Option<string?> By(string example) => new("--by")
    {
        Description = $"Dimensions, comma-separated, e.g. {example}. Known: {string.Join(", ", Dimension.Names)}.",
    };

    private static Option<string?> ServiceGroup() => new("--service-group")
    {
        Description = "Count only this service group: hjemmeboende, institusjon, velferdsteknologi, tvang, bolig, the published series tidsbegrenset (8,18,19,20), langtidsopphold (21), koordinator_base (1,2,3,15), or a grouping id such as ssb_institusjon.",
    };

    private static Option<string?> AgeGroups() => new("--age-groups")
    {
        Description = "Age bands for age_group: a named set (hdir, kostra, …) or bands like 0-66,67-79,80+. Default hdir.",
    };

    private static Command Recipients()
    {
        var input = Input();
        var at = new Option<string?>("--at") { Description = "Count services active on this date (YYYY-MM-DD), e.g. 2021-12-31." };
        var year = new Option<int?>("--year") { Description = "Count services during this year." };
        var by = By("helsefellesskap,age_group,service_group");
        var rates = new Option<bool>("--rates") { Description = "Add population, rate per 1000 and its 95 % interval (lower, upper)." };
        var group = ServiceGroup();
        var ages = AgeGroups();
        var harmonise = new Option<int?>("--structure-year") { Description = "Municipality structure for the municipality dimension (default: the year counted)." };
        var format = CliOptions.Format();
        var columns = ExtractOptions.Columns();
        var protect = TableProtection.Option();
        var membership = MembershipOption.Create();
        var command = new Command("recipients", "Distinct recipients at a date (--at, e.g. 31 December) or during a year (--year), by dimensions, with margins.")
        {
            input, at, year, by, rates, group, ages, harmonise, format, columns, protect, membership,
        };
        ExtractOptions.AddReadingOptions(command);
        command.SetAction(parse =>
        {
            var atText = parse.GetValue(at);
            var yearValue = parse.GetValue(year);
            if ((atText is null) == (yearValue is null))
            {
                throw new CliException("give exactly one of --at DATE or --year Y.");
            }
            CountingPeriod period;
            if (atText is not null)
            {
                if (!DateOnly.TryParseExact(atText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                {
                    throw new CliException($"--at: '{atText}' is not a date (YYYY-MM-DD).");
                }
                period = CountingPeriod.At(LocalDate.FromDateOnly(d));
            }
            else
            {
                period = CountingPeriod.During(CheckYear(yearValue!.Value, "--year"));
            }
            var dims = Dimensions(parse.GetValue(by), parse.GetValue(ages), parse.GetValue(harmonise));
            var services = Services(parse.GetValue(group));
            var protection = TableProtection.Options(parse, protect);
            var context = AggregationContext.Create(directory: MembershipOption.Resolve(parse.GetValue(membership)));
            var register = Load(parse, input, columns);
            PublishableResult result;
            long unclassified;
            try
            {
                if (parse.GetValue(rates))
                {
                    // A synthetic sample (kpr synth's .meta.json beside the input): rates against the population it stands for.
                    var sample = SampleInput.Read(parse.GetValue(input));
                    if (sample is not null)
                    {
                        parse.InvocationConfiguration.Error.WriteLine($"kpr: the input is a {sample}: rates per 1000 use the population × {sample.SamplingFraction:0.######}.");
                    }
                    var r = register.CountRecipientRates(period, dims, services, SampleInput.Population(sample), context: context);
                    if (r.PopulationMissing is { } missing)
                    {
                        parse.InvocationConfiguration.Error.WriteLine($"kpr: no population for the rates: {missing}");
                    }
                    result = r;
                    unclassified = r.Recipients.Unclassified;
                }
                else
                {
                    var cube = register.CountRecipients(period, dims, services, context: context);
                    result = cube;
                    unclassified = cube.Unclassified;
                }
            }
            catch (ArgumentException e)
            {
                throw new CliException(e.Message);
            }
            Note(parse, unclassified, "persons");
            Write(parse, result, protection, format);
            return KprApp.Success;
        });
        return command;
    }

    private static Command Starts()
    {
        var input = Input();
        var year = new Option<string>("--year") { Description = "The year, or a span like 2019-2021.", Required = true };
        var by = By("month,service_group");
        var group = ServiceGroup();
        var ages = AgeGroups();
        var format = CliOptions.Format();
        var columns = ExtractOptions.Columns();
        var protect = TableProtection.Option();
        var membership = MembershipOption.Create();
        var command = new Command("starts", "Service starts (decisions, not persons; identical decisions once) by dimensions such as month (YYYY-MM), with margins.")
        {
            input, year, by, group, ages, format, columns, protect, membership,
        };
        ExtractOptions.AddReadingOptions(command);
        command.SetAction(parse =>
        {
            var (first, last) = YearSpan(parse.GetValue(year)!);
            var dims = Dimensions(parse.GetValue(by), parse.GetValue(ages), null);
            var services = Services(parse.GetValue(group));
            var protection = TableProtection.Options(parse, protect);
            var context = AggregationContext.Create(directory: MembershipOption.Resolve(parse.GetValue(membership)));
            var register = Load(parse, input, columns);
            Cube cube;
            try
            {
                cube = register.CountStarts(first, last, dims, services, context: context);
            }
            catch (ArgumentException e)
            {
                throw new CliException(e.Message);
            }
            Note(parse, cube.Unclassified, "services");
            Write(parse, cube, protection, format);
            return KprApp.Success;
        });
        return command;
    }

    private static Command CompareMonths()
    {
        var input = Input();
        var baseline = new Option<int>("--baseline") { Description = "The baseline year.", DefaultValueFactory = _ => 2019 };
        var years = new Option<string>("--years") { Description = "Comparison years, comma-separated, e.g. 2020,2021.", Required = true };
        var group = new Option<string?>("--service-group")
        {
            Description = "Count only this service group; default: all except velferdsteknologi and bolig (as published).",
        };
        var by = By("helsefellesskap,age_group");
        var january = new Option<bool>("--include-january") { Description = "Compare January too (left out by default: the 2020 mergers inflated January starts)." };
        var perDay = new Option<bool>("--per-day") { Description = "Compare starts per day of the month (removes the 29 February effect)." };
        var ages = AgeGroups();
        var format = CliOptions.Format();
        var columns = ExtractOptions.Columns();
        var protect = TableProtection.Option();
        var membership = MembershipOption.Create();
        var command = new Command("compare-months", "Service starts per month against the same month of a baseline year: month, count, baseline_count, change_percent.")
        {
            input, baseline, years, group, by, january, perDay, ages, format, columns, protect, membership,
        };
        ExtractOptions.AddReadingOptions(command);
        command.SetAction(parse =>
        {
            var baseYear = CheckYear(parse.GetValue(baseline), "--baseline");
            var yearList = new List<int>();
            foreach (var part in parse.GetValue(years)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var y))
                {
                    throw new CliException($"--years: '{part}' is not a year.");
                }
                yearList.Add(CheckYear(y, "--years"));
            }
            if (yearList.Count == 0 || yearList.Contains(baseYear))
            {
                throw new CliException("--years: give one or more years other than the baseline.");
            }
            var options = MonthlyComparisonOptions.Default.WithJanuary(parse.GetValue(january)).WithPerDay(parse.GetValue(perDay));
            if (parse.GetValue(group) is { } g)
            {
                options = options.WithServices(Services(g)!);
            }
            var dims = Dimensions(parse.GetValue(by), parse.GetValue(ages), null);
            var protection = TableProtection.Options(parse, protect);
            var context = AggregationContext.Create(directory: MembershipOption.Resolve(parse.GetValue(membership)));
            var register = Load(parse, input, columns);
            MonthlyComparison comparison;
            try
            {
                comparison = register.CompareMonths(baseYear, yearList, dims, options, context: context);
            }
            catch (ArgumentException e)
            {
                throw new CliException(e.Message);
            }
            Note(parse, comparison.Starts.Unclassified, "services");
            if (comparison.LeftOut.Length > 0)
            {
                parse.InvocationConfiguration.Error.WriteLine("kpr: left out of the comparison: " + comparison.LeftOut + ".");
            }
            Write(parse, comparison, protection, format);
            return KprApp.Success;
        });
        return command;
    }

    private static EpisodeRegister Load(ParseResult parse, Option<FileInfo> input, Option<string?> columns) =>
        ExtractOptions.Load(parse, parse.GetValue(input)!, parse.GetValue(columns), null, 0, parse.InvocationConfiguration.Error).Register;

    private static List<Dimension> Dimensions(string? by, string? ageGroups, int? structureYear)
    {
        var dims = new List<Dimension>();
        AgeGroupSet? set = null;
        if (ageGroups is not null)
        {
            try
            {
                set = AgeGroupSet.Parse(ageGroups);
            }
            catch (Exception e) when (e is ArgumentException or FormatException)
            {
                throw new CliException("--age-groups: " + e.Message);
            }
        }
        foreach (var name in (by ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Dimension.TryParse(name, out var d))
            {
                throw new CliException($"--by: unknown dimension '{name}'. Known: {string.Join(", ", Dimension.Names)}.");
            }
            if (d.Name == "age_group" && set is not null)
            {
                d = Dimension.AgeGroups(set);
            }
            if (d.Name == "municipality" && structureYear is not null)
            {
                try
                {
                    d = Dimension.Municipality(structureYear);
                }
                catch (ArgumentException e)
                {
                    throw new CliException("--structure-year: " + e.Message);
                }
            }
            if (dims.Any(x => x.Name == d.Name))
            {
                throw new CliException($"--by: '{name}' is given twice.");
            }
            dims.Add(d);
        }
        return dims;
    }

    private static ServiceSelection? Services(string? group)
    {
        if (group is null)
        {
            return null;
        }
        try
        {
            return ServiceSelection.Groups(ServiceCatalogue.Default, group);
        }
        catch (Exception e) when (e is ArgumentException or KeyNotFoundException or InvalidOperationException)
        {
            var known = string.Join(", ", ServiceCatalogue.Default.SelectableGroups.Select(g => g.Id));
            throw new CliException($"--service-group: unknown group '{group}'. Known: {known}.");
        }
    }

    private static int CheckYear(int year, string option) =>
        year is >= 1990 and <= 2100 ? year : throw new CliException($"{option}: {year} is not a plausible year.");

    private static (int First, int Last) YearSpan(string text)
    {
        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length is < 1 or > 2 || !parts.All(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            throw new CliException($"--year: '{text}' is not a year or a span like 2019-2021.");
        }
        var first = CheckYear(int.Parse(parts[0], CultureInfo.InvariantCulture), "--year");
        var last = CheckYear(int.Parse(parts[^1], CultureInfo.InvariantCulture), "--year");
        return last >= first ? (first, last) : throw new CliException("--year: the span must not run backwards.");
    }

    private static void Note(ParseResult parse, long unclassified, string what)
    {
        if (unclassified > 0)
        {
            parse.InvocationConfiguration.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"kpr: {unclassified} {what} could not be placed on a dimension (e.g. no helsefellesskap for the municipality) and are not in the table."));
        }
    }

    private static void Write(ParseResult parse, PublishableResult result, Kpr.Core.Disclosure.ProtectionOptions? protection, Option<OutputFormat> format) =>
        PublishedTableWriter.Write(parse.InvocationConfiguration.Output, Publisher.Publish(result, protection), parse.GetValue(format));
}
