using System.IO.Compression;

namespace Kpr.Core.Data;

/// <summary>
/// Opens the reference tables embedded in the assembly (copied from the project's sourced data; see
/// docs/data-sources.md). Reading an embedded resource is not file I/O: the data ship inside Kpr.Core.dll.
/// </summary>
internal static class EmbeddedData
{
    /// <summary>Opens an embedded file by its path under <c>src/Kpr.Core/Data/</c>, e.g. <c>services/service_codes.csv</c>.
    /// A <c>.gz</c> file is decompressed on the fly.</summary>
    public static Stream Open(string relativePath)
    {
        var name = "Kpr.Core.Data." + relativePath.Replace('\\', '/');
        var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded data '{relativePath}' is missing from Kpr.Core (resource '{name}').");
        return relativePath.EndsWith(".gz", StringComparison.Ordinal)
            ? new GZipStream(stream, CompressionMode.Decompress)
            : stream;
    }

    /// <summary>Reads the lines of an embedded UTF-8 text file, without the header when <paramref name="skipHeader"/> is set.</summary>
    public static IEnumerable<string> ReadLines(string relativePath, bool skipHeader = true)
    {
        using var reader = new StreamReader(Open(relativePath), System.Text.Encoding.UTF8);
        if (skipHeader)
        {
            reader.ReadLine();
        }
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                yield return line;
            }
        }
    }
}
