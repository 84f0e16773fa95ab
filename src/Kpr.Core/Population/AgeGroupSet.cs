using Kpr.Core.Data;

namespace Kpr.Core.Population;

/// <summary>
/// A named partition of ages into bands: contiguous, non-overlapping, starting at 0 and ending with an open band
/// that covers 105+ (the population data's top age). Built-in sets are in <see cref="Named"/>; user bands through
/// <see cref="Create"/> or <see cref="Parse"/>.
/// </summary>
/// <remarks>
/// <para>Built-in names: <c>hdir</c> (Helsedirektoratet's six: 0-17, 18-49, 50-66, 67-79, 80-89, 90+),
/// <c>kostra</c> (0-66, 67-79, 80+), <c>under21</c> (0-20, 21+), <c>under67</c> (0-66, 67+),
/// <c>esp2013</c> (the 19 bands of the European Standard Population 2013: 0-4 … 85-89, 90+),
/// <c>total</c> (0+) and <c>single</c> (0, 1, …, 104, 105+).</para>
/// <para>Equality is reference equality. Thread safety: immutable.</para>
/// </remarks>
public sealed class AgeGroupSet
{
    private static readonly Lazy<IReadOnlyList<AgeGroupSet>> LazyNamed = new(CreateNamed, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<IReadOnlyList<int>> LazyEspWeights = new(() => LoadEsp().Weights, LazyThreadSafetyMode.ExecutionAndPublication);

    // Band index for every single age 0..TopAge: the hot path of every aggregation.
    private readonly byte[] _indexByAge;

    private AgeGroupSet(string name, IReadOnlyList<AgeGroup> groups)
    {
        Name = name;
        Groups = groups;
        _indexByAge = new byte[AgeGroup.TopAge + 1];
        for (var age = 0; age <= AgeGroup.TopAge; age++)
        {
            for (var i = 0; i < groups.Count; i++)
            {
                if (groups[i].Contains(age))
                {
                    _indexByAge[age] = (byte)i;
                    break;
                }
            }
        }
    }

    /// <summary>The set's name (e.g. <c>hdir</c>), or the label list for a user set.</summary>
    public string Name { get; }

    /// <summary>The bands in age order.</summary>
    public IReadOnlyList<AgeGroup> Groups { get; }

    /// <summary>The index in <see cref="Groups"/> of the band holding an age (ages above 105 count as 105+).</summary>
    /// <param name="age">Completed years, ≥ 0.</param>
    /// <returns>The index.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A negative age.</exception>
    public int IndexOf(int age)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(age);
        return _indexByAge[Math.Min(age, AgeGroup.TopAge)];
    }

    /// <summary>The band holding an age.</summary>
    /// <param name="age">Completed years, ≥ 0.</param>
    /// <returns>The band.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A negative age.</exception>
    public AgeGroup GroupOf(int age) => Groups[IndexOf(age)];

    /// <summary>Helsedirektoratet's six bands used in KPR reports: 0-17, 18-49, 50-66, 67-79, 80-89, 90+.</summary>
    public static AgeGroupSet Helsedirektoratet => Get("hdir");

    /// <summary>KOSTRA's bands: 0-66, 67-79, 80+.</summary>
    public static AgeGroupSet Kostra => Get("kostra");

    /// <summary>Children and young people 0-20 (Styringsinformasjon barn og unge) and 21+.</summary>
    public static AgeGroupSet Under21 => Get("under21");

    /// <summary>Under 67 (0-66) and 67+.</summary>
    public static AgeGroupSet Under67 => Get("under67");

    /// <summary>The 19 bands of the European Standard Population 2013 (0-4, 5-9, …, 85-89, 90+).</summary>
    public static AgeGroupSet Esp2013 => Get("esp2013");

    /// <summary>One band for everybody: 0+.</summary>
    public static AgeGroupSet Total => Get("total");

    /// <summary>Single years 0 … 104 and 105+.</summary>
    public static AgeGroupSet SingleYears => Get("single");

    /// <summary>The ESP2013 weights per band of <see cref="Esp2013"/>, in the same order (sum 100 000). Source: Eurostat 2013.</summary>
    public static IReadOnlyList<int> Esp2013Weights => LazyEspWeights.Value;

    /// <summary>Every built-in set.</summary>
    public static IReadOnlyList<AgeGroupSet> Named => LazyNamed.Value;

    /// <summary>A built-in set by name (case-insensitive), e.g. <c>hdir</c>.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">Unknown name; the message lists the known ones.</exception>
    public static AgeGroupSet Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return TryGet(name, out var set) ? set
            : throw new ArgumentException($"Unknown age-group set '{name}'. Known: {string.Join(", ", LazyNamed.Value.Select(s => s.Name))}; or give bands such as 0-17,18-66,67+.", nameof(name));
    }

    /// <summary>Looks up a built-in set by name (case-insensitive).</summary>
    /// <param name="name">The name (null gives false).</param>
    /// <param name="set">The set, or null.</param>
    /// <returns>True when found.</returns>
    public static bool TryGet(string? name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out AgeGroupSet? set)
    {
        set = LazyNamed.Value.FirstOrDefault(s => string.Equals(s.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));
        return set is not null;
    }

    /// <summary>A built-in name, or else a comma-separated list of bands (<c>0-17,18-66,67+</c>).</summary>
    /// <param name="nameOrBands">The name or the bands.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nameOrBands"/> is null.</exception>
    /// <exception cref="ArgumentException">Neither a known name nor a valid band list; the message says why.</exception>
    public static AgeGroupSet Parse(string nameOrBands)
    {
        ArgumentNullException.ThrowIfNull(nameOrBands);
        if (TryGet(nameOrBands, out var named))
        {
            return named;
        }
        var parts = nameOrBands.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var groups = new List<AgeGroup>();
        foreach (var part in parts)
        {
            if (!AgeGroup.TryParse(part, out var g))
            {
                throw new ArgumentException($"'{nameOrBands}' is not a known age-group set ({string.Join(", ", LazyNamed.Value.Select(s => s.Name))}) nor a band list: '{part}' is not a band such as 0-17 or 90+.", nameof(nameOrBands));
            }
            groups.Add(g);
        }
        return Create(string.Join(",", groups), groups);
    }

    /// <summary>A user-defined set, validated: at least one band, the first starting at 0, each next band starting
    /// right after the previous one ends (contiguous, non-overlapping), the last open-ended from at most 105.</summary>
    /// <param name="name">A name for output.</param>
    /// <param name="groups">The bands in age order.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentNullException">A null argument.</exception>
    /// <exception cref="ArgumentException">The bands do not partition 0–105+; the message names the first problem.</exception>
    public static AgeGroupSet Create(string name, IEnumerable<AgeGroup> groups)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(groups);
        var list = groups.ToArray();
        if (Problem(list) is { } problem)
        {
            throw new ArgumentException(problem, nameof(groups));
        }
        return new AgeGroupSet(name, list);
    }

    /// <summary>Why a list of bands is not a valid set, or null when it is.</summary>
    /// <param name="groups">The bands in age order.</param>
    /// <returns>The first problem, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="groups"/> is null.</exception>
    public static string? Validate(IEnumerable<AgeGroup> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        return Problem(groups.ToArray());
    }

    private static string? Problem(AgeGroup[] list)
    {
        if (list.Length == 0)
        {
            return "An age-group set needs at least one band.";
        }
        if (list.Length > 200)
        {
            return "An age-group set has at most 200 bands.";
        }
        if (list[0].From != 0)
        {
            return $"The first band must start at 0, but {list[0]} starts at {list[0].From}.";
        }
        for (var i = 0; i < list.Length - 1; i++)
        {
            if (list[i].IsOpenEnded)
            {
                return $"Only the last band may be open-ended, but {list[i]} is followed by {list[i + 1]}.";
            }
            var expected = list[i].To!.Value + 1;
            if (list[i + 1].From != expected)
            {
                return list[i + 1].From < expected
                    ? $"Bands {list[i]} and {list[i + 1]} overlap."
                    : $"Gap between {list[i]} and {list[i + 1]}: ages {expected}-{list[i + 1].From - 1} are in no band.";
            }
        }
        var last = list[^1];
        if (!last.IsOpenEnded)
        {
            return $"The last band must be open-ended (e.g. {last.From}+) so that ages up to 105+ are covered, but it is {last}.";
        }
        if (last.From > AgeGroup.TopAge)
        {
            return $"The last band {last} starts above 105; the population data's top age is 105 (105 or older).";
        }
        return null;
    }

    /// <summary>The name, e.g. <c>hdir</c>.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;

    private static AgeGroupSet Bands(string name, params string[] labels) => Create(name, labels.Select(AgeGroup.Parse));

    private static IReadOnlyList<AgeGroupSet> CreateNamed()
    {
        var single = Enumerable.Range(0, AgeGroup.TopAge).Select(a => AgeGroup.Between(a, a)).Append(AgeGroup.AtLeast(AgeGroup.TopAge));
        return
        [
            Bands("hdir", "0-17", "18-49", "50-66", "67-79", "80-89", "90+"),
            Bands("kostra", "0-66", "67-79", "80+"),
            Bands("under21", "0-20", "21+"),
            Bands("under67", "0-66", "67+"),
            Create("esp2013", LoadEsp().Groups),
            Bands("total", "0+"),
            Create("single", single),
        ];
    }

    private static (IReadOnlyList<AgeGroup> Groups, IReadOnlyList<int> Weights) LoadEsp()
    {
        var groups = new List<AgeGroup>();
        var weights = new List<int>();
        foreach (var line in EmbeddedData.ReadLines("population/esp2013.csv"))
        {
            var f = line.Split(',');
            groups.Add(AgeGroup.Parse(f[0]));
            weights.Add(int.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture));
        }
        return (groups, weights);
    }
}
