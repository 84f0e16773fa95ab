using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kpr.Core.Synthetic;

/// <summary>
/// What a synthetic extract is: the sidecar file <c>&lt;extract&gt;.meta.json</c> that <c>kpr synth</c> writes next to
/// the CSV (the CSV itself stays in the documented extract format: no comment lines, no extra columns). It says that
/// the data are synthetic, how they were generated, and which share of the country they stand for, so that tools
/// reading the extract compute rates against the matching population (<c>PopulationTable.Scaled</c>) and say on the
/// page that the data are a synthetic sample.
/// </summary>
/// <remarks>
/// The JSON object (UTF-8, one object): <c>format</c> = <c>"kpr-extract-metadata/1"</c>; <c>synthetic</c> (bool);
/// <c>generator</c>; <c>seed</c>; <c>first_year</c>, <c>last_year</c>; <c>persons</c> (universe persons drawn);
/// <c>national_persons</c> (<see cref="SyntheticRegister.NationalPersons"/>); <c>sampling_fraction</c> = persons /
/// national_persons (a simple random sample of the synthetic country); <c>episodes</c> (rows written); <c>note</c>.
/// Unknown members are ignored, so later versions may add members.
/// </remarks>
/// <threadsafety>Immutable.</threadsafety>
public sealed class SyntheticExtractMetadata
{
    /// <summary>The value of the <c>format</c> member.</summary>
    public const string Format = "kpr-extract-metadata/1";

    /// <summary>The suffix appended to the extract's file name.</summary>
    public const string Suffix = ".meta.json";

    private SyntheticExtractMetadata(int seed, int firstYear, int lastYear, long persons, long nationalPersons, long episodes)
    {
        Seed = seed;
        FirstYear = firstYear;
        LastYear = lastYear;
        Persons = persons;
        NationalPersons = nationalPersons;
        Episodes = episodes;
    }

    /// <summary>The generator's seed.</summary>
    public int Seed { get; }

    /// <summary>First year of the window.</summary>
    public int FirstYear { get; }

    /// <summary>Last year of the window.</summary>
    public int LastYear { get; }

    /// <summary>Universe persons drawn (those without an episode in the window are not in the extract).</summary>
    public long Persons { get; }

    /// <summary>Universe persons of the whole synthetic country.</summary>
    public long NationalPersons { get; }

    /// <summary>Rows written.</summary>
    public long Episodes { get; }

    /// <summary>The share of the country the extract stands for, <see cref="Persons"/> / <see cref="NationalPersons"/>
    /// (capped at 1).</summary>
    public double SamplingFraction => Math.Min(1.0, (double)Persons / NationalPersons);

    /// <summary>The metadata of an extract generated with the given options.</summary>
    /// <param name="options">The generator's options.</param>
    /// <param name="persons">Universe persons drawn (for a size-by-persons extract, <see cref="SyntheticRegisterOptions.Persons"/>).</param>
    /// <param name="episodes">Rows written.</param>
    /// <returns>The metadata.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A negative count.</exception>
    public static SyntheticExtractMetadata For(SyntheticRegisterOptions options, long persons, long episodes)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(persons);
        ArgumentOutOfRangeException.ThrowIfNegative(episodes);
        return new SyntheticExtractMetadata(options.Seed, options.FirstYear, options.LastYear, persons, SyntheticRegister.NationalPersons, episodes);
    }

    /// <summary>The sidecar path of an extract: the extract's path + <see cref="Suffix"/>.</summary>
    /// <param name="extractPath">The extract's path.</param>
    /// <returns>The sidecar's path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="extractPath"/> is null.</exception>
    public static string PathFor(string extractPath)
    {
        ArgumentNullException.ThrowIfNull(extractPath);
        return extractPath + Suffix;
    }

    /// <summary>Reads the sidecar next to an extract, if there is one.</summary>
    /// <param name="extractPath">The extract's path.</param>
    /// <returns>The metadata, or null when no sidecar exists.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="extractPath"/> is null.</exception>
    /// <exception cref="FormatException">The sidecar exists but is not valid metadata (the message names the file and member).</exception>
    public static SyntheticExtractMetadata? ReadBeside(string extractPath)
    {
        var path = PathFor(extractPath);
        return File.Exists(path) ? Parse(File.ReadAllText(path), path) : null;
    }

    /// <summary>Parses the JSON text of a sidecar.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="sourceName">The file name, for messages.</param>
    /// <returns>The metadata.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="FormatException">Not valid metadata (the message names the source and the member).</exception>
    public static SyntheticExtractMetadata Parse(string json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(sourceName);
        JsonObject root;
        try
        {
            root = JsonNode.Parse(json) as JsonObject ?? throw new FormatException($"{sourceName}: expected one JSON object.");
        }
        catch (JsonException e)
        {
            throw new FormatException($"{sourceName}: not valid JSON ({e.Message}).", e);
        }
        if ((string?)root["format"] != Format)
        {
            throw new FormatException($"{sourceName}: member 'format' must be \"{Format}\".");
        }
        long Number(string name, long min)
        {
            var node = root[name] ?? throw new FormatException($"{sourceName}: member '{name}' is missing.");
            if (node.GetValueKind() != JsonValueKind.Number || !node.AsValue().TryGetValue<long>(out var value))
            {
                throw new FormatException($"{sourceName}: member '{name}' must be a whole number.");
            }
            return value >= min ? value : throw new FormatException($"{sourceName}: member '{name}' must be at least {min}.");
        }
        var metadata = new SyntheticExtractMetadata((int)Number("seed", int.MinValue), (int)Number("first_year", 1900), (int)Number("last_year", 1900),
            Number("persons", 0), Number("national_persons", 1), Number("episodes", 0));
        return metadata;
    }

    /// <summary>The JSON text (indented, culture-invariant).</summary>
    /// <returns>The sidecar's content.</returns>
    public string ToJson()
    {
        var root = new JsonObject
        {
            ["format"] = Format,
            ["synthetic"] = true,
            ["generator"] = "Kpr.Core.Synthetic " + typeof(SyntheticExtractMetadata).Assembly.GetName().Version?.ToString(3),
            ["seed"] = Seed,
            ["first_year"] = FirstYear,
            ["last_year"] = LastYear,
            ["persons"] = Persons,
            ["national_persons"] = NationalPersons,
            ["sampling_fraction"] = Math.Round(SamplingFraction, 8),
            ["episodes"] = Episodes,
            ["note"] = string.Create(CultureInfo.InvariantCulture,
                $"Synthetic data: a simple random sample of {SamplingFraction:P2} of a synthetic national register calibrated to published figures (docs/calibration.md). Rates per 1000 need the population multiplied by sampling_fraction; no row describes a real person."),
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"synthetic sample: {Persons:N0} of {NationalPersons:N0} persons (sampling fraction {SamplingFraction:0.####}), seed {Seed}, {FirstYear}-{LastYear}");
}
