using Kpr.Core.Population;
using Kpr.Core.Synthetic;

namespace Kpr.Cli.Commands;

/// <summary>
/// The sampling metadata of an input extract: <c>kpr synth</c> writes <c>&lt;file&gt;.meta.json</c> beside the CSV
/// (<see cref="SyntheticExtractMetadata"/>); commands that compute rates read it, divide by the population the sample
/// stands for (<see cref="PopulationTable.Scaled"/>) and say that the data are a synthetic sample.
/// </summary>
internal static class SampleInput
{
    /// <summary>The metadata beside the input, or null (no input, or no sidecar).</summary>
    /// <exception cref="CliException">A sidecar that cannot be read (names the file and member).</exception>
    public static SyntheticExtractMetadata? Read(FileInfo? input)
    {
        if (input is null)
        {
            return null;
        }
        try
        {
            return SyntheticExtractMetadata.ReadBeside(input.FullName);
        }
        catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
        {
            throw new CliException(e.Message);
        }
    }

    /// <summary>The denominators for a register with this metadata: SSB's population × the sampling fraction, or null
    /// (the default table) for a whole register.</summary>
    public static PopulationTable? Population(SyntheticExtractMetadata? metadata) =>
        metadata is { SamplingFraction: < 1 } m ? PopulationTable.Default.Scaled(m.SamplingFraction) : null;
}
