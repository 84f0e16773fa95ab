using Kpr.Core.Data;
using Kpr.Core.Internal;
using Kpr.Core.Regions;
using NodaTime;
using NodaTime.Text;

namespace Kpr.Core.Tests.Regions;

/// <summary>The look-ups agree with the embedded CSV files row by row.</summary>
public class SourceAgreementTests
{
    private static LocalDate? D(string text) => text.Length == 0 ? null : LocalDatePattern.Iso.Parse(text).Value;

    [Fact]
    public void Every_municipality_row_is_a_period_of_the_history()
    {
        var history = MunicipalityHistory.Default;
        var rows = EmbeddedData.ReadLines("regions/municipalities.csv").Concat(EmbeddedData.ReadLines("regions/municipalities_ended_2017-12-31.csv")).ToList();
        Assert.Equal(793 + 57, rows.Count);
        Assert.Equal(rows.Count, history.Periods.Count);
        foreach (var line in rows)
        {
            var f = line.Split(',');
            var code = MunicipalityCode.Parse(f[0]);
            var period = Assert.Single(history.PeriodsOf(code), p => p.ValidFrom == D(f[2]) && p.ValidTo == D(f[3]));
            Assert.Equal(f[1], period.Name);
            Assert.Equal(f[4], string.Join("; ", period.ParallelNames));
            var probe = D(f[2]) ?? D(f[3]) ?? new LocalDate(2025, 1, 1);
            Assert.Same(period, history.Find(code, probe));
        }
    }

    [Fact]
    public void Every_change_row_is_in_the_history()
    {
        var history = MunicipalityHistory.Default;
        var rows = EmbeddedData.ReadLines("regions/municipality_changes.csv").ToList();
        Assert.Equal(499, rows.Count);
        Assert.Equal(rows.Count, history.Changes.Count);
        foreach (var line in rows)
        {
            var f = line.Split(',');
            Assert.Contains(history.Changes, c => c.Date == D(f[0]) && c.OldCode.ToString() == f[1] && c.NewCode.ToString() == f[2]
                && string.Equals(c.Kind.ToString(), f[3], StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void Every_membership_row_answers_its_own_dates()
    {
        var directory = HelsefellesskapDirectory.Default;
        var rows = EmbeddedData.ReadLines("regions/helsefellesskap_membership.csv").ToList();
        Assert.Equal(1142, rows.Count);
        foreach (var line in rows)
        {
            var f = QuotedCsv.Split(line);
            var code = MunicipalityCode.Parse(f[0]);
            foreach (var date in new[] { D(f[3]), D(f[4]) })
            {
                if (date is { } d)
                {
                    Assert.Equal(f[2], directory.Get(code, d).Id);
                }
            }
        }
    }
}
