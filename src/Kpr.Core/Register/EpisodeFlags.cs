namespace Kpr.Core.Register;

/// <summary>
/// The small per-episode attributes packed in one byte for the columnar <see cref="EpisodeRegister"/>: bistandsbehov
/// (2 bits), coordinator and individual plan (2 bits each: not reported, no, yes).
/// </summary>
/// <remarks>Equality is that of the packed byte.</remarks>
/// <threadsafety>Immutable value type.</threadsafety>
public readonly struct EpisodeFlags : IEquatable<EpisodeFlags>
{
    private const int CoordinatorShift = 2;
    private const int PlanShift = 4;

    private readonly byte _bits;

    private EpisodeFlags(byte bits) => _bits = bits;

    /// <summary>The packed byte (bits 0–1 bistandsbehov, 2–3 coordinator, 4–5 individual plan; 0 = not reported,
    /// 1 = no, 2 = yes).</summary>
    public byte Bits => _bits;

    /// <summary>The need for assistance.</summary>
    public Bistandsbehov Bistandsbehov => (Bistandsbehov)(_bits & 3);

    /// <summary>Whether the person has a coordinator; null when not reported.</summary>
    public bool? Coordinator => Decode(_bits >> CoordinatorShift);

    /// <summary>Whether the person has an individual plan; null when not reported.</summary>
    public bool? IndividualPlan => Decode(_bits >> PlanShift);

    /// <summary>Packs the attributes.</summary>
    /// <param name="bistandsbehov">The need for assistance.</param>
    /// <param name="coordinator">Coordinator, or null.</param>
    /// <param name="individualPlan">Individual plan, or null.</param>
    /// <returns>The flags.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bistandsbehov"/> is not a defined value.</exception>
    public static EpisodeFlags Create(Bistandsbehov bistandsbehov, bool? coordinator, bool? individualPlan)
    {
        if ((uint)bistandsbehov > 3)
        {
            throw new ArgumentOutOfRangeException(nameof(bistandsbehov), bistandsbehov, "Not a bistandsbehov category.");
        }
        return new EpisodeFlags((byte)((int)bistandsbehov | (Encode(coordinator) << CoordinatorShift) | (Encode(individualPlan) << PlanShift)));
    }

    /// <summary>The flags of an episode.</summary>
    /// <param name="episode">The episode.</param>
    /// <returns>The flags.</returns>
    public static EpisodeFlags Of(ServiceEpisode episode)
    {
        ArgumentNullException.ThrowIfNull(episode);
        return Create(episode.Bistandsbehov, episode.Coordinator, episode.IndividualPlan);
    }

    internal static EpisodeFlags FromBits(byte bits) => new((byte)(bits & 0x3F));

    /// <inheritdoc/>
    public bool Equals(EpisodeFlags other) => _bits == other._bits;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is EpisodeFlags other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _bits;

    /// <summary>Equality.</summary>
    /// <param name="left">One value.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(EpisodeFlags left, EpisodeFlags right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">One value.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether different.</returns>
    public static bool operator !=(EpisodeFlags left, EpisodeFlags right) => !left.Equals(right);

    /// <summary>Invariant text, e.g. <c>omfattende coordinator=yes plan=?</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Bistandsbehov.ToId()} coordinator={Text(Coordinator)} plan={Text(IndividualPlan)}";

    private static int Encode(bool? value) => value switch { null => 0, false => 1, true => 2 };

    private static bool? Decode(int bits) => (bits & 3) switch { 1 => false, 2 => true, _ => null };

    private static string Text(bool? value) => value switch { null => "?", true => "yes", false => "no" };
}
