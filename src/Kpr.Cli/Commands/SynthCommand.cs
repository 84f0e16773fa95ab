using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Kpr.Core.Extracts;
using Kpr.Core.Synthetic;

namespace Kpr.Cli.Commands;

/// <summary><c>kpr synth (--persons N | --episodes N) [--years 2018-2023] [--seed S] --output file.csv</c>: writes a
/// synthetic national register as an extract in the documented schema, with the sidecar
/// <c>file.csv.meta.json</c> (<see cref="SyntheticExtractMetadata"/>: synthetic, seed, sampling fraction) beside it.
/// <c>kpr synth --calibration [--output calibration.md]</c> builds the national register and writes the calibration
/// table (docs/calibration.md) instead.</summary>
internal static class SynthCommand
{
    public static Command Create()
    {
        var persons = new Option<long?>("--persons") { Description = "Number of persons to generate." };
        var episodes = new Option<long?>("--episodes") { Description = "Exact number of episodes (rows) to generate." };
        var years = new Option<string>("--years") { Description = "Window of years, e.g. 2018-2023 (within 2018-2025).", DefaultValueFactory = _ => "2018-2023" };
        var seed = new Option<int>("--seed") { Description = "Seed: the same seed and options give byte-identical output.", DefaultValueFactory = _ => SyntheticRegisterOptions.DefaultSeed };
        var output = new Option<FileInfo?>("--output") { Description = "The CSV file to write (with --calibration: the Markdown file; default stdout)." };
        var calibration = new Option<bool>("--calibration") { Description = "Build the synthetic national register (2018-2022) and write the calibration table against the published figures (Markdown)." };
        var command = new Command("synth", "Write a synthetic national register (seeded, deterministic, realistic) as an extract CSV.")
        {
            persons, episodes, years, seed, output, calibration,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(calibration))
            {
                return WriteCalibration(parse.GetValue(seed), parse.GetValue(output), parse.InvocationConfiguration.Output);
            }
            var p = parse.GetValue(persons);
            var e = parse.GetValue(episodes);
            if (p is null == e is null)
            {
                throw new CliException("give exactly one of --persons N or --episodes N.");
            }
            if (p < 0 || e < 0)
            {
                throw new CliException("--persons and --episodes must not be negative.");
            }
            var (first, last) = ParseYears(parse.GetValue(years)!);
            var s = parse.GetValue(seed);
            var options = p is { } np
                ? SyntheticRegisterOptions.ForPersons(np, s, first, last)
                : SyntheticRegisterOptions.ForEpisodes(e!.Value, s, first, last);
            var file = parse.GetValue(output) ?? throw new CliException("--output: give the CSV file to write.");
            var error = parse.InvocationConfiguration.Error;
            var total = p ?? e!.Value;
            var showProgress = total >= 100_000 && ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;
            var watch = Stopwatch.StartNew();
            long lastReport = 0;
            long rows = 0;
            long universe = 0;
            try
            {
                using (var writer = ExtractWriter.Create(file.FullName))
                {
                    string? lastPerson = null;
                    long personCount = 0;
                    foreach (var (ordinal, episode) in SyntheticRegister.GenerateCore(options, SyntheticModel.Default))
                    {
                        universe = ordinal + 1;
                        if (!ReferenceEquals(episode.PersonId, lastPerson))
                        {
                            lastPerson = episode.PersonId;
                            personCount++;
                        }
                        writer.Write(episode);
                        rows++;
                        if (showProgress && (rows & 0x3FFF) == 0 && watch.ElapsedMilliseconds - lastReport >= 250)
                        {
                            lastReport = watch.ElapsedMilliseconds;
                            Progress(error, p is null ? rows : personCount, total, p is null ? "episodes" : "persons");
                        }
                    }
                    if (showProgress)
                    {
                        Progress(error, total, total, p is null ? "episodes" : "persons");
                        error.WriteLine();
                    }
                }
                var metadata = SyntheticExtractMetadata.For(options, p ?? universe, rows);
                File.WriteAllText(SyntheticExtractMetadata.PathFor(file.FullName), metadata.ToJson(), new UTF8Encoding(false));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new CliException($"cannot write {file.FullName}: {ex.Message}");
            }
            parse.InvocationConfiguration.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"wrote {rows} episodes to {file.Name} (seed {s}, years {first}-{last}) in {watch.Elapsed.TotalSeconds:F1} s; {file.Name}{SyntheticExtractMetadata.Suffix}: synthetic sample, sampling fraction {(double)(p ?? universe) / SyntheticRegister.NationalPersons:0.######}"));
            return KprApp.Success;
        });
        return command;
    }

    private static int WriteCalibration(int seed, FileInfo? file, TextWriter stdout)
    {
        var register = SyntheticRegister.Build(SyntheticRegisterOptions.ForPersons(SyntheticRegister.NationalPersons, seed, 2018, 2022));
        var figures = SyntheticCalibration.Compare(register);
        var text = string.Create(CultureInfo.InvariantCulture,
            $"Synthetic national register: {SyntheticRegister.NationalPersons:N0} persons, seed {seed}, years 2018-2022; {figures.Count(f => f.IsWithinTolerance)} of {figures.Length} figures within tolerance.\n\n")
            + SyntheticCalibration.ToMarkdown(figures);
        if (file is null)
        {
            stdout.Write(text);
        }
        else
        {
            File.WriteAllText(file.FullName, text, new UTF8Encoding(false));
            stdout.WriteLine($"wrote {file.Name}");
        }
        return KprApp.Success;
    }

    private static void Progress(TextWriter error, long done, long total, string unit)
    {
        const int width = 30;
        var fraction = total == 0 ? 1 : Math.Min(1, (double)done / total);
        var filled = (int)(fraction * width);
        error.Write(string.Create(CultureInfo.InvariantCulture,
            $"\r[{new string('#', filled)}{new string('-', width - filled)}] {fraction * 100,5:F1} % {done:N0} of {total:N0} {unit}"));
    }

    private static (int First, int Last) ParseYears(string text)
    {
        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length is 1 or 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var first)
            && int.TryParse(parts[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var last)
            && first >= 2018 && last <= 2025 && first <= last)
        {
            return (first, last);
        }
        throw new CliException($"--years '{text}' must be a year or a range like 2018-2023 within 2018-2025 (the years of the population data).");
    }
}
