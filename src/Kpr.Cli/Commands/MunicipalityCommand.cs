using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Kpr.Cli.Output;
using Kpr.Core.Regions;
using NodaTime;
using NodaTime.Text;

namespace Kpr.Cli.Commands;

/// <summary>
/// <c>kpr municipality CODE [--on DATE] [--to-year YEAR] [--membership FILE] [--format table|csv|json]</c>: what a
/// municipality code denoted on a date (name, validity, helsefellesskap, predecessors and successors) and its
/// code(s) in another year's structure. A code not valid on the date is an error naming what it was and became.
/// Fields (a public contract): code, name, parallel_names, valid_from, valid_to, helsefellesskap, helsefellesskap_name,
/// regional_health_authority, helsefellesskap_note, predecessors, successors, oslo_districts (0301 only), to_year,
/// harmonised, ambiguous.
/// </summary>
internal static class MunicipalityCommand
{
    public static Command Create()
    {
        var code = new Argument<string>("code") { Description = "The four-digit municipality code, e.g. 0301 or 4601." };
        var on = new Option<string?>("--on") { Description = "The date, YYYY-MM-DD (default: today in Norway)." };
        var toYear = new Option<int?>("--to-year") { Description = $"Also give the code(s) in this year's structure ({MunicipalityHistory.FirstStructureYear}-{MunicipalityHistory.LastStructureYear})." };
        var membership = MembershipOption.Create();
        var format = CliOptions.Format();
        var command = new Command("municipality", "Show a municipality code on a date: name, validity, helsefellesskap, predecessors/successors, harmonised code(s).");
        command.Arguments.Add(code);
        command.Options.Add(on);
        command.Options.Add(toYear);
        command.Options.Add(membership);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            var text = parse.GetValue(code) ?? "";
            if (!MunicipalityCode.TryParse(text.Trim(), out var c))
            {
                throw new CliException($"'{text}' is not a municipality code: expected four digits such as 0301 (leading zero kept).");
            }
            var date = ParseDate(parse.GetValue(on));
            var history = MunicipalityHistory.Default;
            var municipality = history.Find(c, date)
                ?? throw new CliException(history.ExplainInvalid(c, date) ?? $"{c} is not valid on {Iso(date)}.");
            var directory = MembershipOption.Resolve(parse.GetValue(membership));
            var fields = Describe(history, directory, municipality, date, parse.GetValue(toYear));
            Write(parse.InvocationConfiguration.Output, fields, parse.GetValue(format));
            return KprApp.Success;
        });
        return command;
    }

    private static List<(string Key, object? Value)> Describe(MunicipalityHistory history, HelsefellesskapDirectory directory, Municipality m, LocalDate date, int? toYear)
    {
        var hf = directory.MembershipOn(m.Code, date);
        var h = hf is null ? null : directory.Get(hf.HelsefellesskapId);
        var notes = new List<string>();
        if (date.Year < 2020 && h is not null)
        {
            notes.Add("hospital catchment of the time (helsefellesskap started in 2020)");
        }
        if (hf?.AlternativeId is { } alternative)
        {
            notes.Add($"disputed membership; alternative: {alternative}");
        }
        var fields = new List<(string, object?)>
        {
            ("code", m.Code.ToString()),
            ("name", m.Name),
            ("parallel_names", string.Join("; ", m.ParallelNames)),
            ("valid_from", history.ValidFrom(m.Code) is { } f ? Iso(f) : "before 2018"),
            ("valid_to", history.ValidTo(m.Code) is { } t ? Iso(t) : null),
            ("helsefellesskap", h?.Id),
            ("helsefellesskap_name", h?.Name),
            ("regional_health_authority", h?.RegionalHealthAuthority.Name()),
            ("helsefellesskap_note", string.Join("; ", notes)),
            ("predecessors", string.Join("; ", history.PredecessorChanges(m.Code).Where(x => x.OldCode != m.Code)
                .Select(x => $"{Label(history, x.OldCode, x.Date.PlusDays(-1))} ({Iso(x.Date)}, {Kind(x.Kind)})"))),
            ("successors", string.Join("; ", history.SuccessorChanges(m.Code).Where(x => x.NewCode != m.Code)
                .Select(x => $"{Label(history, x.NewCode, x.Date)} ({Iso(x.Date)}, {Kind(x.Kind)})"))),
        };
        if (m.Code.Value == 301)
        {
            // Extra information: Oslo is one helsefellesskap, but its districts belong to different hospitals.
            fields.Add(("oslo_districts", string.Join(" | ", directory.OsloDistricts
                .Where(d => (d.ValidFrom is not { } f || f <= date) && (d.ValidTo is not { } t || date <= t))
                .Select(d => $"{d.Code} {d.Name}: {d.Hospital}"))));
        }
        if (toYear is { } year)
        {
            if (year is < MunicipalityHistory.FirstStructureYear or > MunicipalityHistory.LastStructureYear)
            {
                throw new CliException($"--to-year: {year} is outside {MunicipalityHistory.FirstStructureYear}-{MunicipalityHistory.LastStructureYear}.");
            }
            var mapping = history.Harmonise(m.Code, date.Year, year);
            fields.Add(("to_year", year));
            fields.Add(("harmonised", string.Join(" | ", mapping.Targets.Select(x => Label(history, x, new LocalDate(year, 12, 31))))));
            fields.Add(("ambiguous", mapping.IsAmbiguous));
        }
        return fields;
    }

    private static void Write(TextWriter output, List<(string Key, object? Value)> fields, OutputFormat format)
    {
        switch (format)
        {
            case OutputFormat.Json:
                using (var stream = new MemoryStream())
                {
                    using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
                    {
                        json.WriteStartObject();
                        foreach (var (key, value) in fields)
                        {
                            switch (value)
                            {
                                case null: json.WriteNull(key); break;
                                case int n: json.WriteNumber(key, n); break;
                                case bool b: json.WriteBoolean(key, b); break;
                                default: json.WriteString(key, TabularResult.FormatCell(value)); break;
                            }
                        }
                        json.WriteEndObject();
                    }
                    output.Write(Encoding.UTF8.GetString(stream.ToArray()));
                    output.Write('\n');
                }
                break;
            case OutputFormat.Csv:
                var row = new TabularResult(fields.Select(f => f.Key).ToArray());
                row.Add(fields.Select(f => f.Value).ToArray());
                row.Write(output, format);
                break;
            default:
                var table = new TabularResult("field", "value");
                foreach (var (key, value) in fields)
                {
                    table.Add(key, TabularResult.FormatCell(value));
                }
                table.Write(output, format);
                break;
        }
    }

    private static string Label(MunicipalityHistory history, MunicipalityCode code, LocalDate date) =>
        (history.Find(code, date) ?? history.Latest(code))?.ToString() ?? code.ToString();

    private static string Kind(MunicipalityChangeKind kind) => kind.ToString().ToLowerInvariant();

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static LocalDate ParseDate(string? text)
    {
        if (text is null)
        {
            return SystemClock.Instance.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Europe/Oslo"]).Date;
        }
        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success ? result.Value : throw new CliException($"--on: '{text}' is not a date; use YYYY-MM-DD, e.g. 2021-06-01.");
    }
}
