using System.Globalization;
using Kpr.Core.Regions;

namespace Kpr.Core.Population;

/// <summary>The share of a source municipality's count that goes to one target code when harmonising (weights sum to 1).</summary>
/// <remarks>Thread safety: immutable.</remarks>
public sealed class MunicipalityShare
{
    internal MunicipalityShare(MunicipalityCode code, double weight)
    {
        Code = code;
        Weight = weight;
    }

    /// <summary>The target code.</summary>
    public MunicipalityCode Code { get; }

    /// <summary>The share, 0–1.</summary>
    public double Weight { get; }

    /// <summary>E.g. <c>5059: 0.6</c>, culture-invariant.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Code}: {Weight:R}");
}
