using System.Globalization;
using Kpr.Core.Data;

namespace Kpr.Core.Measures;

/// <summary>
/// A standard population for direct standardisation: a weight for each band (usually age bands), matched to the
/// strata of an area by band label. <see cref="Esp2013"/> is built in; any other (e.g. Norway's population of a
/// year) can be supplied with <see cref="Create"/>.
/// </summary>
/// <remarks>
/// <para>Band labels match after normalisation: surrounding spaces are dropped, an en dash counts as a hyphen and
/// leading zeros of numbers are ignored, so "00-04", "0-4" and "0–4" are the same band. Labels are otherwise
/// compared ordinally.</para>
/// <para>Equality is reference equality. Thread safety: immutable.</para>
/// </remarks>
public sealed partial class StandardPopulation
{
    private static readonly Lazy<StandardPopulation> LazyEsp2013 = new(LoadEsp2013);

    private readonly Dictionary<string, int> _index;
    private readonly Dictionary<string, int> _exact; // labels as given: the fast path, no normalisation

    private StandardPopulation(string name, string[] bands, double[] weights)
    {
        Name = name;
        Bands = bands;
        Weights = weights;
        Total = weights.Sum();
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        _exact = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < bands.Length; i++)
        {
            _exact.TryAdd(bands[i], i);
            if (!_index.TryAdd(NormaliseBand(bands[i]), i))
            {
                throw new ArgumentException($"Band '{bands[i]}' appears more than once in standard population '{name}'.", "bands");
            }
        }
    }

    /// <summary>The European Standard Population 2013: 19 five-year age bands 0-4 … 85-89 and 90+, summing to 100 000
    /// (Eurostat 2013; embedded copy of shared/data/population/esp2013.csv, see docs/data-sources.md).</summary>
    public static StandardPopulation Esp2013 => LazyEsp2013.Value;

    /// <summary>A short name, e.g. "ESP2013".</summary>
    public string Name { get; }

    /// <summary>The band labels, in order.</summary>
    public IReadOnlyList<string> Bands { get; }

    /// <summary>The weights (standard population counts), aligned with <see cref="Bands"/>.</summary>
    public IReadOnlyList<double> Weights { get; }

    /// <summary>The sum of the weights.</summary>
    public double Total { get; }

    /// <summary>Creates a standard population from (band, weight) pairs.</summary>
    /// <param name="name">A short name for the standard (shown in results).</param>
    /// <param name="bands">The bands with their weights; at least one, labels distinct after normalisation, weights ≥ 0 with a positive sum.</param>
    /// <returns>The standard population.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No bands, a repeated band, a negative or non-finite weight, or all weights zero.</exception>
    public static StandardPopulation Create(string name, IEnumerable<KeyValuePair<string, double>> bands)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(bands);
        var list = bands.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("A standard population needs at least one band.", nameof(bands));
        }
        foreach (var (band, weight) in list)
        {
            ArgumentNullException.ThrowIfNull(band, nameof(bands));
            if (!(weight >= 0 && double.IsFinite(weight)))
            {
                throw new ArgumentException($"The weight of band '{band}' must be zero or positive, got {weight.ToString("R", CultureInfo.InvariantCulture)}.", nameof(bands));
            }
        }
        if (list.Sum(b => b.Value) <= 0)
        {
            throw new ArgumentException("The weights of a standard population must not all be zero.", nameof(bands));
        }
        return new StandardPopulation(name, list.Select(b => b.Key).ToArray(), list.Select(b => b.Value).ToArray());
    }

    /// <summary>Finds the weight of a band.</summary>
    /// <param name="band">The band label (normalised as described on the type).</param>
    /// <param name="weight">The weight when found.</param>
    /// <returns>True when the band is part of this standard.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="band"/> is null.</exception>
    public bool TryGetWeight(string band, out double weight)
    {
        ArgumentNullException.ThrowIfNull(band);
        var i = IndexOf(band);
        if (i >= 0)
        {
            weight = Weights[i];
            return true;
        }
        weight = 0;
        return false;
    }

    /// <summary>The position of a band in <see cref="Bands"/>, or -1.</summary>
    internal int IndexOf(string band) =>
        _exact.TryGetValue(band, out var i) || _index.TryGetValue(NormaliseBand(band), out i) ? i : -1;

    /// <summary>The name, e.g. <c>ESP2013</c>.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;

    internal static string NormaliseBand(string band) =>
        LeadingZeros().Replace(band.Trim().Replace('\u2013', '-').Replace(" ", "", StringComparison.Ordinal), "");

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![0-9])0+(?=[0-9])", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex LeadingZeros();

    private static StandardPopulation LoadEsp2013()
    {
        var bands = new List<KeyValuePair<string, double>>();
        foreach (var line in EmbeddedData.ReadLines("measures/esp2013.csv"))
        {
            var parts = line.Split(',');
            bands.Add(new(parts[0], double.Parse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture)));
        }
        return Create("ESP2013", bands);
    }
}
