using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Kpr.Core.Register;
using Kpr.Core.Testing;

namespace Kpr.Core.Extracts.Tests;

/// <summary>Any extract with faults injected on some lines: every physical line is accounted for, a damaged row costs
/// only its own line, and every good row (before or after a bad one) is still read as written.</summary>
public class InjectedFaultProperties
{
    private enum Fault
    {
        None,
        NulLed,
        StrayQuote,
        Truncated,
        ByteOrderMark,
        ZeroWidthInId,
        BidiMarkInId,
        Latin1InIgnoredColumn,
        BlankLineBefore,
    }

    private static bool Destroys(Fault fault) => fault is Fault.NulLed or Fault.StrayQuote or Fault.Truncated;

    [Property(MaxTest = 200)]
    public Property Every_line_is_accounted_for_and_good_rows_after_bad_ones_are_read() =>
        Prop.ForAll(KprArbitraries.EpisodeLists(), ArbMap.Default.ArbFor<int>(), (episodes, seed) =>
        {
            var random = new Random(seed);
            var text = new StringWriter();
            using (var writer = new ExtractWriter(text))
            {
                foreach (var e in episodes)
                {
                    writer.Write(e);
                }
            }
            var written = text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var bytes = new MemoryStream();
            void Line(byte[] line)
            {
                bytes.Write(line);
                bytes.WriteByte((byte)'\n');
            }
            // An extra ignored column gives the wrong-encoding fault a place that no parser reads.
            Line(Encoding.UTF8.GetBytes(written[0] + ",note"));
            var expected = new List<(long Line, ServiceEpisode Episode, Fault Fault)>();
            long lineNumber = 1;
            for (var i = 0; i < episodes.Length; i++)
            {
                var fault = (Fault)random.Next(0, 9);
                if (random.Next(2) == 0)
                {
                    fault = Fault.None;
                }
                var row = written[i + 1] + ",x";
                if (fault == Fault.BlankLineBefore)
                {
                    Line([]);
                    lineNumber++;
                }
                var comma = row.IndexOf(',', StringComparison.Ordinal);
                var idStart = row[0] == '"' ? 1 : 0;
                byte[] line = fault switch
                {
                    Fault.NulLed => [0, .. Encoding.UTF8.GetBytes(row)],
                    Fault.StrayQuote => Encoding.UTF8.GetBytes(InsertAtField(row, 5, "\"")),
                    Fault.Truncated => Encoding.UTF8.GetBytes(row[..row.LastIndexOf(',', row.Length - 3)]),
                    Fault.ByteOrderMark => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(row)],
                    Fault.ZeroWidthInId => Encoding.UTF8.GetBytes(row.Insert(idStart + 1, "\u200B")),
                    Fault.BidiMarkInId => Encoding.UTF8.GetBytes(row.Insert(idStart, "\u200F")),
                    Fault.Latin1InIgnoredColumn => [.. Encoding.UTF8.GetBytes(row[..^1]), 0xF8],
                    _ => Encoding.UTF8.GetBytes(row),
                };
                Line(line);
                lineNumber++;
                expected.Add((lineNumber, episodes[i], fault));
            }
            bytes.Position = 0;
            using var reader = ExtractReader.Create(bytes, "faults.csv", ExtractReadOptions.Default);
            var records = reader.Records().ToDictionary(r => r.Origin.Line);
            var accounted = reader.LinesRead == lineNumber && reader.LinesRead == 1 + reader.BlankLines + reader.RecordsRead
                && records.Count == episodes.Length;
            var rowsRight = expected.All(x => records.TryGetValue(x.Line, out var r)
                && (Destroys(x.Fault) ? r.Episode is null && r.Issues.Any(i => i.Severity == IssueSeverity.Rejection) : Equals(r.Episode, x.Episode)));
            return (accounted && rowsRight).Label($"accounted {accounted}, rows {rowsRight}");
        });

    private static string InsertAtField(string row, int field, string text)
    {
        var position = 0;
        var inQuotes = false;
        for (var seen = 0; position < row.Length && seen < field; position++)
        {
            if (row[position] == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (row[position] == ',' && !inQuotes)
            {
                seen++;
            }
        }
        return row.Insert(position, text);
    }
}
