using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text;
using Kpr.Cli.Input;
using Kpr.Cli.Report;
using Kpr.Core.Register;
using Kpr.Core.Synthetic;

namespace Kpr.Cli.Commands;

/// <summary>
/// <c>kpr report [--input extract.csv] [--year 2021] [--output report.html] [--lang nb|en] [--format html|dashboard|json|csv]</c>:
/// the publication after Helsedirektoratet's "Omsorgstjenesten – aktivitetsutvikling og erfaringer fra pandemien" as
/// one self-contained HTML page, an offline dashboard for the helsefellesskap, or its tidy records (JSON, CSV).
/// Without <c>--input</c> it runs on the built-in synthetic national register and says so.
/// </summary>
internal static class ReportCommand
{
    /// <summary>Persons in the built-in sample: about 380 000 of them receive a service during 2021, as in the
    /// published national figure (domain notes §D1), so rates per 1000 have realistic magnitudes.</summary>
    public const int DefaultSamplePersons = 520_000;

    public static Command Create()
    {
        var input = new Option<FileInfo?>("--input") { Description = "A register extract (CSV, see docs/extract-format.md). Default: the built-in synthetic national register." };
        var year = new Option<int>("--year") { Description = "The report year (2018–2024; population data end 1 January 2025).", DefaultValueFactory = _ => 2021 };
        var output = new Option<string?>("--output") { Description = "The file to write (a folder for --format csv). Default: report.html, dashboard.html, report.json or report-csv/." };
        var lang = new Option<string>("--lang") { Description = "Language: nb (Norwegian, default) or en.", DefaultValueFactory = _ => "nb" };
        lang.AcceptOnlyFromAmong("nb", "en");
        var format = new Option<string>("--format") { Description = "html (the report, default), dashboard (offline dashboard for the helsefellesskap), json (records + metadata) or csv (report.csv + metadata.json in a folder). Columns: docs/report-format.md.", DefaultValueFactory = _ => "html" };
        format.AcceptOnlyFromAmong("html", "dashboard", "json", "csv");
        var protect = new Option<int>("--protect") { Description = "Hide counts from 1 to N−1 and whatever would reveal them (0 = off). Default 5 (KOSTRA's rule for KPR-based figures).", DefaultValueFactory = _ => 5 };
        var structureYear = new Option<int>("--structure-year") { Description = "The municipality structure year named in the notes.", DefaultValueFactory = _ => 2024 };
        var persons = new Option<int>("--sample-persons") { Description = "Size of the built-in synthetic register (persons).", DefaultValueFactory = _ => DefaultSamplePersons };
        var columns = ExtractOptions.Columns();
        var seed = new Option<int>("--seed") { Description = "Seed of the built-in synthetic register.", DefaultValueFactory = _ => Kpr.Core.Synthetic.SyntheticRegisterOptions.DefaultSeed };

        var command = new Command("report", "Write the report after Helsedirektoratet's pandemic publication: rates per 1000 by age 2018–year, variation between the helsefellesskap, monthly service starts against 2019, the share with a coordinator; or an offline dashboard, or its tidy records. Small counts are protected.");
        foreach (var option in new Option[] { input, columns, year, output, lang, format, protect, structureYear, persons, seed })
        {
            command.Options.Add(option);
        }
        ExtractOptions.AddReadingOptions(command);
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            var clock = Stopwatch.StartNew();
            void Progress(string step) => stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"kpr report [{clock.Elapsed.TotalSeconds,5:0.0} s] {step}"));

            var reportYear = parse.GetValue(year);
            if (reportYear is < 2018 or > 2024)
            {
                throw new CliException($"--year: {reportYear} is outside 2018–2024 (the population table ends on 1 January 2025, the denominator of 2024).");
            }
            var threshold = parse.GetValue(protect);
            if (threshold < 0)
            {
                throw new CliException("--protect: the threshold must be 0 (off) or positive.");
            }
            var language = parse.GetValue(lang)!;
            var text = ReportText.For(language);
            var file = parse.GetValue(input);
            EpisodeRegister register;
            string source;
            SyntheticExtractMetadata? sample = null;
            if (file is null)
            {
                var size = parse.GetValue(persons);
                if (size <= 0)
                {
                    throw new CliException("--sample-persons must be positive.");
                }
                var s = parse.GetValue(seed);
                Progress(string.Create(CultureInfo.InvariantCulture, $"building the built-in synthetic national register ({size:N0} persons, seed {s})"));
                var options = SyntheticRegisterOptions.ForPersons(size, s, 2018, Math.Max(reportYear, 2021));
                register = SyntheticRegister.Build(options);
                source = text.SyntheticSource(size, s, register.EpisodeCount);
                sample = SyntheticExtractMetadata.For(options, size, register.EpisodeCount);
            }
            else
            {
                Progress($"reading {file.Name}");
                register = ExtractOptions.Load(parse, file, parse.GetValue(columns), null, 0, stderr).Register;
                var v = register.Validation;
                Progress(string.Create(CultureInfo.InvariantCulture, $"rows read {v.RowsRead:N0}: accepted {v.Accepted:N0}, corrected {v.Corrected:N0}, rejected {v.Rejected:N0}, duplicates {v.Duplicates:N0} (details: kpr validate)"));
                source = text.ExtractSource(file.Name, v.RowsRead, v.Accepted, v.Rejected, v.Duplicates);
                sample = SampleInput.Read(file);
            }
            // A synthetic sample (h16: kpr synth's .meta.json, or the built-in register below the national size): rates
            // against the population it stands for, and the page says so where it states the coverage.
            string? sampleNote = sample is { SamplingFraction: < 1 } m
                ? text.T(
                    $"Dataene er syntetiske: et tilfeldig utvalg på {m.SamplingFraction * 100:0.##} % av et syntetisk nasjonalt register ({m.Persons:N0} av {m.NationalPersons:N0} personer). Ratene per 1 000 er regnet mot befolkningen × {m.SamplingFraction:0.####} og kan sammenlignes med nasjonale tall; antallene er utvalgets egne.",
                    $"The data are synthetic: a random sample of {m.SamplingFraction * 100:0.##} % of a synthetic national register ({m.Persons:N0} of {m.NationalPersons:N0} persons). Rates per 1,000 use the population × {m.SamplingFraction:0.####} and are comparable with national figures; counts are the sample's own.")
                : null;

            var coverage = sampleNote ?? (sample is null ? PublishedTotals.CoverageNote(register, reportYear, text) : null);
            var request = new ReportRequest(register, reportYear, threshold, parse.GetValue(structureYear), source, IsSynthetic: file is null || sample is not null,
                coverage, SampleInput.Population(sample));
            var data = new PublicationBuilder(request, step => Progress(step)).Build(language);
            var chosen = parse.GetValue(format)!;
            var path = parse.GetValue(output) ?? chosen switch { "json" => "report.json", "csv" => "report-csv", "dashboard" => "dashboard.html", _ => "report.html" };
            Progress($"writing {chosen}");
            var utf8 = new UTF8Encoding(false);
            switch (chosen)
            {
                case "json":
                    File.WriteAllText(path, DataReportWriter.WriteJson(data), utf8);
                    break;
                case "csv":
                    Directory.CreateDirectory(path);
                    File.WriteAllText(Path.Combine(path, "report.csv"), DataReportWriter.WriteCsv(data.Records), utf8);
                    File.WriteAllText(Path.Combine(path, "metadata.json"), DataReportWriter.WriteMetadataJson(data.Metadata), utf8);
                    break;
                default:
                    var version = typeof(ReportCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "";
                    var generated = text.GeneratedBy(version, DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    File.WriteAllText(path, chosen == "dashboard" ? DashboardWriter.Write(data, generated) : HtmlReportWriter.Write(data, generated), utf8);
                    break;
            }
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Report {reportYear} ({language}, {chosen}): {data.Records.Count:N0} records, {data.Records.Count(r => !r.IsShown):N0} hidden (protect {threshold}){(data.Metadata.IsSynthetic ? ", synthetic data" : "")}, {clock.Elapsed.TotalSeconds:0.0} s"));
            if (coverage is not null)
            {
                stdout.WriteLine("Note: " + coverage);
            }
            stdout.WriteLine($"Written to {Path.GetFullPath(path)}");
            return KprApp.Success;
        });
        return command;
    }
}
