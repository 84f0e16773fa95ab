using System.Globalization;
using Kpr.Core.Formatting;

namespace Kpr.Core.Measures;

/// <summary>
/// A directly standardised rate (DSR): the rate an area would have if its band-specific rates applied to a standard
/// population, DSR = Σ(Oᵢ·wᵢ/nᵢ) / Σwᵢ × Per, with Dobson's confidence interval (Byar limits on the total count
/// O = ΣOᵢ, scaled by √(Var(DSR)/O)), as PHEindicatormethods' <c>calculate_dsr</c>.
/// </summary>
/// <remarks>
/// <para><b>Suppression.</b> When the total count is below 10 the DSR is not computed
/// (<see cref="NotComputableReason.TotalCountBelowTen"/>), as PHE: it is unreliable.</para>
/// <para><b>Strata.</b> Every band of the standard must have exactly one stratum (matched by label, see
/// <see cref="StandardPopulation"/>); an unknown, repeated or absent band is an <see cref="ArgumentException"/>, so a
/// missing age group never silently changes the standard. A missing count or a band with zero population makes the
/// DSR not computable unless <see cref="MissingStratumCount.Zero"/> is chosen (PHE treats a missing count as 0;
/// it rejects zero populations).</para>
/// <para><b>Non-independent events</b> (<see cref="CreateNonIndependent"/>): when persons can have several events, the
/// variance is Σ_f f²·Var_f, where Var_f is the Dobson variance of the persons with exactly f events (PHE's
/// <c>independent_events = FALSE</c>); the rate itself is unchanged.</para>
/// <para>Equality is reference equality. Thread safety: immutable.</para>
/// </remarks>
[TypeFormatterSource(typeof(MeasureFormatterSource))]
public sealed class DirectlyStandardisedRate : IFormattable
{
    private readonly double _standardisedFraction; // Σ(Oᵢ·wᵢ/nᵢ)/Σwᵢ
    private readonly double _variance;             // Var of the standardised fraction

    private DirectlyStandardisedRate(long totalCount, double totalPopulation, StandardPopulation standard, double per, ConfidenceLevel level,
        IntervalMethod method, double standardisedFraction, double variance, NotComputableReason reason)
    {
        TotalCount = totalCount;
        TotalPopulation = totalPopulation;
        Standard = standard;
        Per = per;
        Level = level;
        Method = method;
        _standardisedFraction = standardisedFraction;
        _variance = variance;
        Reason = reason;
    }

    /// <summary>The total count O over all bands (events, not persons, for non-independent events; missing counts excluded).</summary>
    public long TotalCount { get; }

    /// <summary>The total population of the area over all bands.</summary>
    public double TotalPopulation { get; }

    /// <summary>The standard population used.</summary>
    public StandardPopulation Standard { get; }

    /// <summary>The multiplier (per 1000 by default).</summary>
    public double Per { get; }

    /// <summary>The confidence level of <see cref="Interval"/>.</summary>
    public ConfidenceLevel Level { get; }

    /// <summary><see cref="IntervalMethod.Dobson"/> or <see cref="IntervalMethod.DobsonNonIndependent"/>.</summary>
    public IntervalMethod Method { get; }

    /// <summary>Why the DSR is not computable, or <see cref="NotComputableReason.None"/>.</summary>
    public NotComputableReason Reason { get; }

    /// <summary>True when the DSR has a value.</summary>
    public bool IsComputable => Reason == NotComputableReason.None;

    /// <summary>The DSR per <see cref="Per"/>, unrounded; NaN when not computable.</summary>
    public double Value => IsComputable ? _standardisedFraction * Per : double.NaN;

    /// <summary>The crude rate O / N × Per of the same area (NaN when the population is 0).</summary>
    public double CrudeRate => TotalPopulation > 0 ? TotalCount / TotalPopulation * Per : double.NaN;

    /// <summary>Dobson's interval at <see cref="Level"/>; empty when not computable.</summary>
    public ConfidenceInterval Interval => IntervalAt(Level);

    /// <summary>Computes a DSR with independent events.</summary>
    /// <param name="strata">One stratum per band of the standard.</param>
    /// <param name="standard">The standard population, e.g. <see cref="StandardPopulation.Esp2013"/>.</param>
    /// <param name="per">The multiplier, &gt; 0 (per 1000 by default; PHE publishes per 100 000).</param>
    /// <param name="level">The confidence level (95 % by default).</param>
    /// <param name="missing">Whether a missing band count makes the DSR not computable (default) or counts as 0 (PHE).</param>
    /// <returns>The DSR, possibly not computable.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A band is unknown to the standard, repeated or absent.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The multiplier is not positive.</exception>
    public static DirectlyStandardisedRate Create(IEnumerable<StratumCount> strata, StandardPopulation standard, double per = Rate.DefaultPer, ConfidenceLevel level = default,
        MissingStratumCount missing = MissingStratumCount.NotComputable)
    {
        ArgumentNullException.ThrowIfNull(strata);
        ArgumentNullException.ThrowIfNull(standard);
        CheckPer(per);
        var seen = new bool[standard.Bands.Count];
        long total = 0;
        double population = 0, weighted = 0, squared = 0;
        var reason = NotComputableReason.None;
        foreach (var s in strata)
        {
            var i = Claim(standard, seen, s.Band);
            population += s.Population;
            if ((s.Count ?? (missing == MissingStratumCount.Zero ? 0 : null)) is not { } x)
            {
                reason = Worse(reason, NotComputableReason.MissingCount);
                continue;
            }
            total += x;
            if (s.Population == 0)
            {
                reason = Worse(reason, NotComputableReason.ZeroStratumPopulation);
                continue;
            }
            var w = standard.Weights[i] / s.Population;
            weighted += x * w;
            squared += x * w * w;
        }
        CheckAllBands(standard, seen);
        return Finish(total, population, standard, per, level, IntervalMethod.Dobson, weighted, squared, reason);
    }

    /// <summary>Computes a DSR for non-independent events from persons by event frequency (PHE's
    /// <c>calculate_dsr(independent_events = FALSE)</c>): rows for the same band must carry the same population.</summary>
    /// <param name="counts">Persons by band and event frequency; every band of the standard needs at least one row.</param>
    /// <param name="standard">The standard population.</param>
    /// <param name="per">The multiplier, &gt; 0.</param>
    /// <param name="level">The confidence level (95 % by default).</param>
    /// <param name="missing">Whether a missing number of persons makes the DSR not computable (default) or counts as 0 (PHE).</param>
    /// <returns>The DSR of events, with the variance adjusted for persons with several events.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A band is unknown to the standard or absent, rows of one band disagree on the
    /// population, or a band repeats an event frequency.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The multiplier is not positive.</exception>
    public static DirectlyStandardisedRate CreateNonIndependent(IEnumerable<EventFrequencyCount> counts, StandardPopulation standard, double per = Rate.DefaultPer, ConfidenceLevel level = default,
        MissingStratumCount missing = MissingStratumCount.NotComputable)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(standard);
        CheckPer(per);
        var populations = new double?[standard.Bands.Count];
        var frequencies = new HashSet<(int Band, int Frequency)>();
        long total = 0;
        double weighted = 0, squared = 0;
        var reason = NotComputableReason.None;
        foreach (var c in counts)
        {
            var i = standard.IndexOf(c.Band);
            if (i < 0)
            {
                throw new ArgumentException($"Band '{c.Band}' is not a band of standard population '{standard.Name}'.", nameof(counts));
            }
            if (populations[i] is { } p && !p.Equals(c.Population))
            {
                throw new ArgumentException($"Band '{c.Band}' has rows with different populations.", nameof(counts));
            }
            if (!frequencies.Add((i, c.EventFrequency)))
            {
                throw new ArgumentException($"Band '{c.Band}' has more than one row for event frequency {c.EventFrequency}.", nameof(counts));
            }
            populations[i] = c.Population;
            if ((c.Persons ?? (missing == MissingStratumCount.Zero ? 0 : null)) is not { } persons)
            {
                reason = Worse(reason, NotComputableReason.MissingCount);
                continue;
            }
            long events = checked(persons * c.EventFrequency);
            total += events;
            if (c.Population == 0)
            {
                reason = Worse(reason, NotComputableReason.ZeroStratumPopulation);
                continue;
            }
            var w = standard.Weights[i] / c.Population;
            weighted += events * w;
            // Var_f = Σ x_f,i (wᵢ/nᵢ)² / (Σw)²; the total variance is Σ_f f²·Var_f.
            squared += (double)c.EventFrequency * c.EventFrequency * persons * w * w;
        }
        CheckAllBands(standard, populations.Select(p => p is not null).ToArray());
        return Finish(total, populations.Sum(p => p ?? 0), standard, per, level, IntervalMethod.DobsonNonIndependent, weighted, squared, reason);
    }

    /// <summary>The same DSR with intervals at another level.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The DSR.</returns>
    public DirectlyStandardisedRate WithConfidence(ConfidenceLevel level) =>
        new(TotalCount, TotalPopulation, Standard, Per, level, Method, _standardisedFraction, _variance, Reason);

    /// <summary>Dobson's interval at another level: DSR + √(Var/O)·(Byar(O) − O) × Per for each limit.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The interval; empty when not computable.</returns>
    public ConfidenceInterval IntervalAt(ConfidenceLevel level)
    {
        if (!IsComputable)
        {
            return ConfidenceInterval.Empty;
        }
        var byar = ConfidenceLimits.Byar(TotalCount, level);
        var scale = Math.Sqrt(_variance / TotalCount);
        var lower = (_standardisedFraction + scale * (byar.Lower - TotalCount)) * Per;
        var upper = (_standardisedFraction + scale * (byar.Upper - TotalCount)) * Per;
        return ConfidenceInterval.Create(lower, upper, level, Method);
    }

    /// <summary>Invariant text, e.g. <c>DSR 895/8970 (ESP2013) → 1043.0 per 10000 [971.8, 1117.9]</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <summary>Formats the DSR, rounded half away from zero for display.</summary>
    /// <param name="format">null or "G" (1 decimal), "R", or "F&lt;n&gt;"/"N&lt;n&gt;"/"&lt;n&gt;".</param>
    /// <param name="formatProvider">The culture; invariant when null.</param>
    /// <returns>The text.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var provider = formatProvider ?? CultureInfo.InvariantCulture;
        var decimals = Formatting.Decimals(format, 1);
        var head = "DSR " + Formatting.Count(TotalCount, provider) + "/" + Formatting.Count(TotalPopulation, provider) + " (" + Standard.Name + ") → ";
        if (!IsComputable)
        {
            return head + Reason.Describe();
        }
        var text = head + Formatting.Number(Value, decimals, provider) + Formatting.PerText(Per, provider) + " " + Formatting.Interval(Interval, decimals, provider);
        return Level == ConfidenceLevel.Percent95 ? text : text + " " + Level.ToString(null, provider);
    }

    private static DirectlyStandardisedRate Finish(long total, double population, StandardPopulation standard, double per, ConfidenceLevel level,
        IntervalMethod method, double weighted, double squared, NotComputableReason reason)
    {
        if (reason == NotComputableReason.None && total < ConfidenceLimits.ExactCountThreshold)
        {
            reason = NotComputableReason.TotalCountBelowTen;
        }
        var sumW = standard.Total;
        return new DirectlyStandardisedRate(total, population, standard, per, level, method, weighted / sumW, squared / (sumW * sumW), reason);
    }

    private static int Claim(StandardPopulation standard, bool[] seen, string band)
    {
        var i = standard.IndexOf(band);
        if (i < 0)
        {
            throw new ArgumentException($"Band '{band}' is not a band of standard population '{standard.Name}'.", "strata");
        }
        if (seen[i])
        {
            throw new ArgumentException($"Band '{band}' appears more than once.", "strata");
        }
        seen[i] = true;
        return i;
    }

    private static void CheckAllBands(StandardPopulation standard, bool[] seen)
    {
        var missing = standard.Bands.Where((_, i) => !seen[i]).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException($"No stratum for band(s) {string.Join(", ", missing)} of standard population '{standard.Name}'.", "strata");
        }
    }

    // The first problem found wins, except that a missing count outranks everything.
    private static NotComputableReason Worse(NotComputableReason current, NotComputableReason next) =>
        current == NotComputableReason.None || next == NotComputableReason.MissingCount ? next : current;

    private static void CheckPer(double per)
    {
        if (!(per > 0 && double.IsFinite(per)))
        {
            throw new ArgumentOutOfRangeException(nameof(per), per, "The multiplier must be positive and finite.");
        }
    }
}
