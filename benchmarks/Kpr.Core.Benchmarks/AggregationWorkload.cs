using System.Data;
using DuckDB.NET.Data;
using Kpr.Core.Aggregation;
using Kpr.Core.Population;
using Kpr.Core.Register;
using Kpr.Core.Synthetic;
using NodaTime;

namespace Kpr.Core.Benchmarks;

/// <summary>
/// The four standard questions answered three ways on the same synthetic register: Kpr.Core's kernels, plain LINQ over
/// an array of episode structs, and DuckDB over its own table (loaded beforehand with the appender). All three get the
/// same reference lookups (code → service group, age → band, municipality and year → helsefellesskap) and apply the
/// same rules: residence = municipality of the person's episode with the latest start overlapping the year, persons
/// counted once per cell, margins (CUBE) included.
/// </summary>
public sealed class AggregationWorkload : IDisposable
{
    public const int Year = 2021;
    private const int FirstYear = 2018;
    private const int LastYear = 2023;
    private static readonly Dimension[] PersonDims = [Dimension.Helsefellesskap, Dimension.AgeGroup, Dimension.ServiceGroup];

    private readonly int[] _codeGroup = new int[256];
    private readonly int[] _ageGroup = new int[AgeGroup.TopAge + 1];
    private readonly int[] _hfOf;
    private readonly int _stride;
    private readonly LinqEpisode[] _episodes;
    private readonly DuckDBConnection _duck;

    public AggregationWorkload(long episodes, int seed = 2019)
    {
        Register = SyntheticRegister.Build(SyntheticRegisterOptions.ForEpisodes(episodes, seed, FirstYear, LastYear));
        var view = CountingView.From(Register);
        var ctx = AggregationContext.Default;
        Array.Copy(Dimension.ServiceGroup.Bind(view, Year, Year, ctx).Map, _codeGroup, 256);
        var ages = Dimension.AgeGroup.Bind(view, Year, Year, ctx).Map;
        Array.Copy(ages, _ageGroup, _ageGroup.Length);
        var hf = Dimension.Helsefellesskap.Bind(view, FirstYear, LastYear, ctx);
        _hfOf = hf.Map;
        _stride = hf.Stride;
        HelsefellesskapCount = hf.Axis.Count;

        _episodes = new LinqEpisode[Register.EpisodeCount];
        var offsets = Register.PersonEpisodeOffsets;
        for (var p = 0; p < Register.PersonCount; p++)
        {
            for (var e = offsets[p]; e < offsets[p + 1]; e++)
            {
                _episodes[e] = new LinqEpisode(p, Register.StartDays[e], Register.EndDays[e], Register.ServiceCodes[e], Register.MunicipalityIndices[e],
                    Register.BirthYears[p], Register.DeathDays[p]);
            }
        }

        _duck = new DuckDBConnection("Data Source=:memory:");
        _duck.Open();
        Exec("CREATE TABLE ep (person INTEGER, birth SMALLINT, death DATE, start_date DATE, end_date DATE, code UTINYINT, muni USMALLINT)");
        Exec("CREATE TABLE code_group (code UTINYINT, grp TINYINT)");
        Exec("CREATE TABLE age_group (age SMALLINT, ag TINYINT)");
        Exec("CREATE TABLE muni_hf (year SMALLINT, muni USMALLINT, hf TINYINT)");
        using (var appender = _duck.CreateAppender("ep"))
        {
            foreach (var e in _episodes)
            {
                appender.CreateRow()
                    .AppendValue((int?)e.Person).AppendValue((short?)e.Birth)
                    .AppendValue(e.Death == DayNumbers.Open ? null : (DateOnly?)DateOnly.FromDayNumber(e.Death))
                    .AppendValue((DateOnly?)DateOnly.FromDayNumber(e.Start))
                    .AppendValue(e.End == DayNumbers.Open ? null : (DateOnly?)DateOnly.FromDayNumber(e.End))
                    .AppendValue((byte?)e.Code).AppendValue((ushort?)e.Muni).EndRow();
            }
        }
        using (var appender = _duck.CreateAppender("code_group"))
        {
            for (var c = 0; c < 256; c++)
            {
                if (_codeGroup[c] >= 0)
                {
                    appender.CreateRow().AppendValue((byte?)c).AppendValue((sbyte?)_codeGroup[c]).EndRow();
                }
            }
        }
        using (var appender = _duck.CreateAppender("age_group"))
        {
            for (var a = 0; a < _ageGroup.Length; a++)
            {
                appender.CreateRow().AppendValue((short?)a).AppendValue((sbyte?)_ageGroup[a]).EndRow();
            }
        }
        using (var appender = _duck.CreateAppender("muni_hf"))
        {
            for (var y = FirstYear; y <= LastYear; y++)
            {
                for (var m = 0; m < _stride; m++)
                {
                    var h = _hfOf[((y - FirstYear) * _stride) + m];
                    if (h >= 0)
                    {
                        appender.CreateRow().AppendValue((short?)y).AppendValue((ushort?)m).AppendValue((sbyte?)h).EndRow();
                    }
                }
            }
        }
    }

    public EpisodeRegister Register { get; }

    public int HelsefellesskapCount { get; }

    public static string[] Questions { get; } = ["RecipientsAtYearEnd", "RecipientsDuringYear", "StartsPerMonth", "MonthlyComparison"];

    // ---- Kpr.Core -------------------------------------------------------------------------------------------------

    public long KprRecipientsAtYearEnd() => Register.CountRecipients(CountingPeriod.YearEnd(Year), PersonDims).GrandTotal;

    public long KprRecipientsDuringYear() => Register.CountRecipients(CountingPeriod.During(Year), PersonDims).GrandTotal;

    public long KprStartsPerMonth() => Register.CountStarts(2019, 2021, [Dimension.Month, Dimension.ServiceGroup]).GrandTotal;

    public long KprMonthlyComparison() =>
        Register.CompareMonths(2019, [2020, 2021], [Dimension.Helsefellesskap]).ToTable().Rows.Length;

    // ---- LINQ -----------------------------------------------------------------------------------------------------

    public long LinqRecipientsAtYearEnd()
    {
        var d = DayNumbers.EndOfYear(Year);
        return LinqRecipients(d, d);
    }

    public long LinqRecipientsDuringYear() => LinqRecipients(DayNumbers.StartOfYear(Year), DayNumbers.EndOfYear(Year));

    private long LinqRecipients(int from, int to)
    {
        var residence = Residence(Year);
        var cells = _episodes
            .Where(e => e.Start <= to && e.End >= from && e.Death >= from && _codeGroup[e.Code] >= 0)
            .Select(e => (e.Person, Hf: residence.TryGetValue(e.Person, out var m) ? _hfOf[((Year - FirstYear) * _stride) + m] : -1,
                Age: _ageGroup[Math.Min(Year - e.Birth, AgeGroup.TopAge)], Group: _codeGroup[e.Code]))
            .Where(x => x.Hf >= 0)
            .SelectMany(x => Enumerable.Range(0, 8).Select(mask => (x.Person,
                Hf: (mask & 1) != 0 ? -1 : x.Hf, Age: (mask & 2) != 0 ? -1 : x.Age, Group: (mask & 4) != 0 ? -1 : x.Group)))
            .Distinct()
            .GroupBy(x => (x.Hf, x.Age, x.Group))
            .ToDictionary(g => g.Key, g => g.LongCount());
        return cells.GetValueOrDefault((-1, -1, -1));
    }

    public long LinqStartsPerMonth()
    {
        int from = DayNumbers.StartOfYear(2019), to = DayNumbers.EndOfYear(2021);
        var cells = _episodes
            .Where(e => e.Start >= from && e.Start <= to && _codeGroup[e.Code] >= 0)
            .GroupBy(e => (Month: MonthOf(e.Start), Group: _codeGroup[e.Code]))
            .Select(g => (g.Key.Month, g.Key.Group, Count: g.LongCount()))
            .ToList();
        var withMargins = cells
            .Concat(cells.GroupBy(c => c.Month).Select(g => (g.Key, -1, g.Sum(c => c.Count))))
            .Concat(cells.GroupBy(c => c.Group).Select(g => ("total", g.Key, g.Sum(c => c.Count))))
            .Append(("total", -1, cells.Sum(c => c.Count)))
            .ToDictionary(c => (c.Item1, c.Item2), c => c.Item3);
        return withMargins[("total", -1)];
    }

    public long LinqMonthlyComparison()
    {
        int from = DayNumbers.StartOfYear(2019), to = DayNumbers.EndOfYear(2021);
        var residence = Enumerable.Range(2019, 3).ToDictionary(y => y, Residence);
        var counts = _episodes
            .Where(e => e.Start >= from && e.Start <= to && _codeGroup[e.Code] is >= 0 and not 2 and not 4)
            .Select(e => (Date: DateOnly.FromDayNumber(e.Start), e.Person))
            .Select(x => (x.Date.Year, x.Date.Month,
                Hf: residence[x.Date.Year].TryGetValue(x.Person, out var m) ? _hfOf[((x.Date.Year - FirstYear) * _stride) + m] : -1))
            .Where(x => x.Hf >= 0)
            .SelectMany(x => new[] { x, (x.Year, x.Month, Hf: -1) })
            .GroupBy(x => x)
            .ToDictionary(g => g.Key, g => g.LongCount());
        var rows = from hf in Enumerable.Range(-1, HelsefellesskapCount + 1)
                   from year in new[] { 2020, 2021 }
                   from month in Enumerable.Range(2, 11)
                   let n = counts.GetValueOrDefault((year, month, hf))
                   let b = counts.GetValueOrDefault((2019, month, hf))
                   select (hf, year, month, n, b, Change: b == 0 ? (double?)null : 100.0 * (n - b) / b);
        return rows.LongCount();
    }

    private Dictionary<int, int> Residence(int year)
    {
        int yf = DayNumbers.StartOfYear(year), yl = DayNumbers.EndOfYear(year);
        return _episodes.Where(e => e.Start <= yl && e.End >= yf)
            .GroupBy(e => e.Person)
            .ToDictionary(g => g.Key, g => (int)g.MaxBy(e => ((long)e.Start << 32) | (uint)e.End).Muni);
    }

    private static string MonthOf(int day)
    {
        var d = DateOnly.FromDayNumber(day);
        return $"{d.Year:D4}-{d.Month:D2}";
    }

    // ---- DuckDB ---------------------------------------------------------------------------------------------------

    public long DuckRecipientsAtYearEnd() => DuckRecipients("DATE '2021-12-31'", "DATE '2021-12-31'");

    public long DuckRecipientsDuringYear() => DuckRecipients("DATE '2021-01-01'", "DATE '2021-12-31'");

    private long DuckRecipients(string from, string to) => Scalar($"""
        WITH res AS (
            SELECT person, arg_max(muni, start_date) AS muni FROM ep
            WHERE start_date <= DATE '2021-12-31' AND (end_date IS NULL OR end_date >= DATE '2021-01-01') GROUP BY person),
        q AS (
            SELECT DISTINCT e.person, h.hf, a.ag, c.grp
            FROM ep e JOIN res r ON r.person = e.person
            JOIN muni_hf h ON h.year = 2021 AND h.muni = r.muni
            JOIN code_group c ON c.code = e.code
            JOIN age_group a ON a.age = least(2021 - e.birth, 105)
            WHERE e.start_date <= {to} AND (e.end_date IS NULL OR e.end_date >= {from}) AND (e.death IS NULL OR e.death >= {from})),
        cube AS (SELECT hf, ag, grp, count(DISTINCT person) AS n FROM q GROUP BY CUBE (hf, ag, grp))
        SELECT n FROM cube WHERE hf IS NULL AND ag IS NULL AND grp IS NULL
        """);

    public long DuckStartsPerMonth() => Scalar("""
        WITH c AS (
            SELECT date_trunc('month', e.start_date) AS month, g.grp, count(*) AS n
            FROM ep e JOIN code_group g ON g.code = e.code
            WHERE e.start_date BETWEEN DATE '2019-01-01' AND DATE '2021-12-31'
            GROUP BY CUBE (date_trunc('month', e.start_date), g.grp))
        SELECT n FROM c WHERE month IS NULL AND grp IS NULL
        """);

    public long DuckMonthlyComparison() => Scalar("""
        WITH years AS (SELECT * FROM (VALUES (2019), (2020), (2021)) t(year)),
        res AS (
            SELECT e.person, y.year, arg_max(e.muni, e.start_date) AS muni
            FROM ep e JOIN years y ON e.start_date <= make_date(y.year, 12, 31) AND (e.end_date IS NULL OR e.end_date >= make_date(y.year, 1, 1))
            GROUP BY e.person, y.year),
        s AS (
            SELECT h.hf, year(e.start_date) AS yr, month(e.start_date) AS mo
            FROM ep e JOIN code_group g ON g.code = e.code
            JOIN res r ON r.person = e.person AND r.year = year(e.start_date)
            JOIN muni_hf h ON h.year = r.year AND h.muni = r.muni
            WHERE e.start_date BETWEEN DATE '2019-01-01' AND DATE '2021-12-31' AND g.grp NOT IN (2, 4)),
        counts AS (SELECT hf, yr, mo, count(*) AS n FROM s GROUP BY GROUPING SETS ((hf, yr, mo), (yr, mo))),
        cmp AS (
            SELECT c.hf, c.yr, c.mo, c.n, b.n AS baseline, 100.0 * (c.n - b.n) / b.n AS change_percent
            FROM counts c LEFT JOIN counts b ON b.yr = 2019 AND b.mo = c.mo AND b.hf IS NOT DISTINCT FROM c.hf
            WHERE c.yr IN (2020, 2021) AND c.mo >= 2)
        SELECT count(*) FROM cmp
        """);

    private long Scalar(string sql)
    {
        using var command = _duck.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private void Exec(string sql)
    {
        using var command = _duck.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose() => _duck.Dispose();

    private readonly record struct LinqEpisode(int Person, int Start, int End, byte Code, ushort Muni, short Birth, int Death);
}
