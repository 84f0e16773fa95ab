namespace Kpr.Core.Population;

/// <summary>Sex as Norwegian registers code it (Folkeregisteret, KPR, SSB): 1 = male (mann), 2 = female (kvinne).</summary>
/// <remarks>The numeric values are the register codes, so <c>(int)sex</c> is what an extract contains.
/// <c>default(Sex)</c> (0) is not a sex; use <see cref="Sexes.IsDefined(Sex)"/> to check.</remarks>
public enum Sex
{
    /// <summary>Male (mann), register code 1.</summary>
    Male = 1,

    /// <summary>Female (kvinne), register code 2.</summary>
    Female = 2,
}
