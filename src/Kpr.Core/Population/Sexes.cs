namespace Kpr.Core.Population;

/// <summary>Parsing and invariant text for <see cref="Sex"/>.</summary>
public static class Sexes
{
    /// <summary>Both sexes in register-code order (male, female).</summary>
    public static IReadOnlyList<Sex> All { get; } = [Sex.Male, Sex.Female];

    /// <summary>Whether the value is male or female (not 0 or another number).</summary>
    /// <param name="sex">The value.</param>
    /// <returns>True for <see cref="Sex.Male"/> and <see cref="Sex.Female"/>.</returns>
    public static bool IsDefined(this Sex sex) => sex is Sex.Male or Sex.Female;

    /// <summary>The invariant label used in CSV/JSON output: <c>male</c> or <c>female</c>.</summary>
    /// <param name="sex">The sex.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Not male or female.</exception>
    public static string ToInvariantString(this Sex sex) => sex switch
    {
        Sex.Male => "male",
        Sex.Female => "female",
        _ => throw new ArgumentOutOfRangeException(nameof(sex), sex, "Sex must be Male (1) or Female (2)."),
    };

    /// <summary>Parses a register code (<c>1</c>, <c>2</c>) or a label (<c>male</c>/<c>female</c>, Norwegian
    /// <c>mann</c>/<c>kvinne</c>, <c>M</c>/<c>K</c>/<c>F</c>), ignoring ASCII case.</summary>
    /// <param name="text">The text (null gives false).</param>
    /// <param name="sex">The sex, or <c>default</c> on failure.</param>
    /// <returns>True when recognised.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out Sex sex)
    {
        sex = default;
        var t = text.Trim();
        if (t.Equals("1", StringComparison.Ordinal) || t.Equals("male", StringComparison.OrdinalIgnoreCase)
            || t.Equals("mann", StringComparison.OrdinalIgnoreCase) || t.Equals("m", StringComparison.OrdinalIgnoreCase))
        {
            sex = Sex.Male;
            return true;
        }
        if (t.Equals("2", StringComparison.Ordinal) || t.Equals("female", StringComparison.OrdinalIgnoreCase)
            || t.Equals("kvinne", StringComparison.OrdinalIgnoreCase) || t.Equals("k", StringComparison.OrdinalIgnoreCase)
            || t.Equals("f", StringComparison.OrdinalIgnoreCase))
        {
            sex = Sex.Female;
            return true;
        }
        return false;
    }
}
