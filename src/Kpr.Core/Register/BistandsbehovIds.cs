namespace Kpr.Core.Register;

/// <summary>
/// Machine-readable ids of <see cref="Bistandsbehov"/> (<c>noe_avgrenset</c>, <c>middels_til_stort</c>,
/// <c>omfattende</c>, <c>uoppgitt</c>), as written in extracts and table outputs.
/// </summary>
public static class BistandsbehovIds
{
    private static readonly string[] Ids = ["uoppgitt", "noe_avgrenset", "middels_til_stort", "omfattende"];
    private static readonly string[] Names = ["Uoppgitt", "Noe/avgrenset", "Middels til stort", "Omfattende"];

    /// <summary>All four categories in reporting order: noe/avgrenset, middels til stort, omfattende, uoppgitt.</summary>
    public static IReadOnlyList<Bistandsbehov> All { get; } =
        [Bistandsbehov.NoeAvgrenset, Bistandsbehov.MiddelsTilStort, Bistandsbehov.Omfattende, Bistandsbehov.Uoppgitt];

    /// <summary>The id of a category, e.g. <c>middels_til_stort</c>.</summary>
    /// <param name="value">The category.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined category.</exception>
    public static string ToId(this Bistandsbehov value) => Ids[Check(value)];

    /// <summary>The Norwegian display name, e.g. <c>Middels til stort</c>.</summary>
    /// <param name="value">The category.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined category.</exception>
    public static string ToNorwegianName(this Bistandsbehov value) => Names[Check(value)];

    /// <summary>
    /// Parses an id (<c>noe_avgrenset</c>, <c>middels_til_stort</c>, <c>omfattende</c>, <c>uoppgitt</c>; also the
    /// short forms <c>noe</c>, <c>middels</c>), or the digits <c>1</c>, <c>2</c>, <c>3</c> and <c>9</c> (= uoppgitt),
    /// ignoring ASCII case and surrounding blanks. An empty text is <see cref="Bistandsbehov.Uoppgitt"/>.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The category, when the text is recognised.</param>
    /// <returns>Whether the text is recognised.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out Bistandsbehov value)
    {
        text = text.Trim();
        value = Bistandsbehov.Uoppgitt;
        if (text.IsEmpty || text.SequenceEqual("9") || text.Equals("uoppgitt", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        if (text.SequenceEqual("1") || text.Equals("noe_avgrenset", StringComparison.OrdinalIgnoreCase) || text.Equals("noe", StringComparison.OrdinalIgnoreCase))
        {
            value = Bistandsbehov.NoeAvgrenset;
            return true;
        }
        if (text.SequenceEqual("2") || text.Equals("middels_til_stort", StringComparison.OrdinalIgnoreCase) || text.Equals("middels", StringComparison.OrdinalIgnoreCase))
        {
            value = Bistandsbehov.MiddelsTilStort;
            return true;
        }
        if (text.SequenceEqual("3") || text.Equals("omfattende", StringComparison.OrdinalIgnoreCase))
        {
            value = Bistandsbehov.Omfattende;
            return true;
        }
        return false;
    }

    private static int Check(Bistandsbehov value) =>
        (uint)value <= 3 ? (int)value : throw new ArgumentOutOfRangeException(nameof(value), value, "Not a bistandsbehov category.");
}
