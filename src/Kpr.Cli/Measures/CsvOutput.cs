using System.Globalization;
using Kpr.Cli.Output;

namespace Kpr.Cli.Measures;

/// <summary>Writes the measure results as CSV lines (the one quoting rule of <see cref="PublishedTableWriter"/>):
/// input cells unchanged, numbers with full round-trip precision.</summary>
internal static class CsvOutput
{
    public static void WriteLine(TextWriter writer, IEnumerable<string> cells) =>
        PublishedTableWriter.WriteCsv(writer, null, [[.. cells]]);

    /// <summary>Round-trip ("R") invariant text of a value; empty for NaN (not computable or no interval).</summary>
    public static string Number(double value) => double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : "";
}
