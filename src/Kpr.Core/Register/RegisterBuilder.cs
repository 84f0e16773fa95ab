using System.Globalization;
using Kpr.Core.Regions;

namespace Kpr.Core.Register;

/// <summary>
/// Builds an <see cref="EpisodeRegister"/> from episodes that arrive one at a time (a streamed extract): validates
/// each, stages the accepted ones in compact chunked columns, and on <see cref="Build"/> groups them by person,
/// removes identical decisions and packs the final columns.
/// </summary>
/// <remarks>
/// <para>Every row given to the builder ends in exactly one of accepted, rejected or duplicates, so
/// <c>Accepted + Rejected + Duplicates == RowsRead</c> (see <see cref="ValidationSummary"/>).</para>
/// <para><b>Duplicates.</b> Decisions of one person with the same code, start, end and hours are identical
/// (Helsedirektoratet counts them once, domain notes §D2). The one kept is the smallest by municipality code and
/// flags, then the earliest row, so the register does not depend on the order of the input; the others are reported
/// as <see cref="IssueKind.DuplicateDecision"/>.</para>
/// <para><b>Person attributes.</b> Birth year, sex and death date are kept per person from the first accepted row;
/// a later row that disagrees gets an <see cref="IssueKind.InconsistentPerson"/> warning. A death date reported on a
/// later row only is taken.</para>
/// <para>Memory while building: about 36 bytes per staged episode plus the person table; the finished register uses
/// about 16 bytes per episode plus per-person data.</para>
/// </remarks>
/// <threadsafety>Not thread-safe: one builder per thread (build partial registers per input partition if needed).</threadsafety>
public sealed class RegisterBuilder
{
    /// <summary>The default number of issues kept in the summary.</summary>
    public const int DefaultMaxIssues = 10_000;

    private readonly EpisodeValidator _validator;
    private readonly int _maxIssues;
    private readonly List<ValidationIssue> _issues = [];
    private readonly long[] _countsByKind = new long[32];
    private readonly PersonIdTable _ids = new();
    private readonly List<string?> _sources = [];

    // Staged episodes.
    private readonly ChunkedColumn<int> _person = new();
    private readonly ChunkedColumn<int> _start = new();
    private readonly ChunkedColumn<int> _end = new();
    private readonly ChunkedColumn<byte> _code = new();
    private readonly ChunkedColumn<ushort> _municipality = new();
    private readonly ChunkedColumn<double> _hours = new();
    private readonly ChunkedColumn<byte> _flags = new();
    private readonly ChunkedColumn<long> _line = new();
    private readonly ChunkedColumn<ushort> _source = new();

    // Staged persons.
    private short[] _birthYear = new short[1024];
    private byte[] _sex = new byte[1024];
    private int[] _death = new int[1024];

    private string? _lastPersonId;
    private int _lastPerson;
    private long _issueCount;
    private bool _built;
    private bool _stoppedEarly;

    /// <summary>Creates a builder.</summary>
    /// <param name="validator">The validator, or null for <see cref="EpisodeValidator.Default"/>.</param>
    /// <param name="maxIssues">How many issues to keep for the summary (all are counted).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxIssues"/> is negative.</exception>
    public RegisterBuilder(EpisodeValidator? validator = null, int maxIssues = DefaultMaxIssues)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxIssues);
        _validator = validator ?? EpisodeValidator.Default;
        _maxIssues = maxIssues;
    }

    /// <summary>Rows given so far (accepted, rejected and staged duplicates alike).</summary>
    public long RowsRead { get; private set; }

    /// <summary>Rows rejected so far.</summary>
    public long Rejected { get; private set; }

    /// <summary>Rows staged so far (accepted; duplicates are found only by <see cref="Build"/>).</summary>
    public long Staged => _start.Count;

    /// <summary>Validates one episode and stages it when valid.</summary>
    /// <param name="episode">The episode as reported.</param>
    /// <param name="origin">Where it came from (file and line).</param>
    /// <returns>What validation found (the same issues are recorded for the summary).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="episode"/> is null.</exception>
    /// <exception cref="InvalidOperationException"><see cref="Build"/> was already called.</exception>
    public EpisodeValidation Add(ServiceEpisode episode, RecordOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(episode);
        CheckNotBuilt();
        RowsRead++;
        var result = _validator.Validate(episode, origin);
        foreach (var issue in result.Issues)
        {
            Record(issue);
        }
        if (result.Accepted is not { } e)
        {
            Rejected++;
            return result;
        }
        // Extracts are usually grouped by person and readers reuse the id string: skip the hash lookup then.
        int person;
        bool added;
        if (ReferenceEquals(e.PersonId, _lastPersonId))
        {
            (person, added) = (_lastPerson, false);
        }
        else
        {
            person = _ids.GetOrAdd(e.PersonId, out added);
            (_lastPersonId, _lastPerson) = (e.PersonId, person);
        }
        var death = e.DeathDate is { } d ? DayNumbers.From(d) : DayNumbers.Open;
        if (added)
        {
            EnsurePersonCapacity(person + 1);
            _birthYear[person] = (short)e.BirthYear;
            _sex[person] = (byte)e.Sex;
            _death[person] = death;
        }
        else
        {
            CheckConsistent(person, e, death, origin);
        }
        _person.Add(person);
        _start.Add(DayNumbers.From(e.Start!.Value));
        _end.Add(e.End is { } end ? DayNumbers.From(end) : DayNumbers.Open);
        _code.Add((byte)e.ServiceCode.Number);
        _municipality.Add((ushort)e.Municipality.Value);
        _hours.Add(e.HoursPerWeek ?? double.NaN);
        _flags.Add((byte)(EpisodeFlags.Of(e).Bits | (result.IsCorrected ? 0x80 : 0)));
        _line.Add(origin.Line);
        _source.Add(SourceIndex(origin.Source));
        return result;
    }

    /// <summary>Counts a row that could not be read as an episode (e.g. a malformed line) as read and rejected,
    /// with the issues that say why.</summary>
    /// <param name="issues">The issues (at least one should be a rejection).</param>
    /// <exception cref="ArgumentNullException"><paramref name="issues"/> is null.</exception>
    public void AddUnreadable(IEnumerable<ValidationIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(issues);
        CheckNotBuilt();
        RowsRead++;
        Rejected++;
        foreach (var issue in issues)
        {
            Record(issue);
        }
    }

    /// <summary>Records an issue that concerns no single row (e.g. an unknown column in the header).</summary>
    /// <param name="issue">The issue.</param>
    /// <exception cref="ArgumentNullException"><paramref name="issue"/> is null.</exception>
    public void AddIssue(ValidationIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        CheckNotBuilt();
        Record(issue);
    }

    /// <summary>Notes that reading stopped before the end of the input (reported in the summary).</summary>
    public void MarkStoppedEarly() => _stoppedEarly = true;

    /// <summary>Groups, deduplicates and packs the staged episodes. Can be called once.</summary>
    /// <returns>The register with its validation summary.</returns>
    /// <exception cref="InvalidOperationException">Already built.</exception>
    public EpisodeRegister Build()
    {
        CheckNotBuilt();
        _built = true;
        var n = checked((int)_start.Count);
        var persons = _ids.Count;

        // Counting sort by person (stable), then per person a small sort that puts identical decisions side by side.
        var offsets = new int[persons + 1];
        for (long i = 0; i < n; i++)
        {
            offsets[_person[i] + 1]++;
        }
        for (var p = 0; p < persons; p++)
        {
            offsets[p + 1] += offsets[p];
        }
        var order = new int[n];
        var next = offsets.AsSpan(0, persons).ToArray();
        for (var i = 0; i < n; i++)
        {
            order[next[_person[i]]++] = i;
        }
        next = null;
        _person.Clear();

        var start = new int[n];
        var end = new int[n];
        var code = new byte[n];
        var municipality = new ushort[n];
        var hours = new float[n];
        var flags = new byte[n];
        var personOffsets = new int[persons + 1];
        var keys = new List<StagedKey>();
        var duplicateIssues = new List<ValidationIssue>();
        long corrected = 0, duplicates = 0;
        var k = 0;
        for (var p = 0; p < persons; p++)
        {
            personOffsets[p] = k;
            keys.Clear();
            for (var j = offsets[p]; j < offsets[p + 1]; j++)
            {
                var i = order[j];
                keys.Add(new StagedKey(_start[i], _end[i], _code[i], _hours[i], _municipality[i], _flags[i], _source[i], _line[i]));
            }
            var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(keys);
            span.Sort();
            for (var j = 0; j < span.Length; j++)
            {
                ref readonly var key = ref span[j];
                if (j > 0 && key.SameDecision(span[j - 1]))
                {
                    // The kept one is the first of the run; report this row against it.
                    var kept = FindKept(span, j);
                    duplicates++;
                    duplicateIssues.Add(new ValidationIssue(IssueKind.DuplicateDecision, IssueSeverity.Duplicate,
                        RecordOrigin.At(_sources[key.Source], key.Line),
                        kept.Line > 0
                            ? string.Create(CultureInfo.InvariantCulture, $"identical to the decision on line {kept.Line} (same person, code, start, end and hours); counted once")
                            : "identical to another decision (same person, code, start, end and hours); counted once"));
                    continue;
                }
                start[k] = key.Start;
                end[k] = key.End;
                code[k] = key.Code;
                municipality[k] = key.Municipality;
                hours[k] = double.IsNaN(key.Hours) ? float.NaN : (float)key.Hours;
                flags[k] = (byte)(key.Flags & 0x3F);
                if ((key.Flags & 0x80) != 0)
                {
                    corrected++;
                }
                k++;
            }
        }
        personOffsets[persons] = k;
        order = null;
        ClearStaged();
        duplicateIssues.Sort((a, b) => a.Origin.Line.CompareTo(b.Origin.Line));
        foreach (var issue in duplicateIssues)
        {
            Record(issue);
        }
        if (k < n)
        {
            Array.Resize(ref start, k);
            Array.Resize(ref end, k);
            Array.Resize(ref code, k);
            Array.Resize(ref municipality, k);
            Array.Resize(ref hours, k);
            Array.Resize(ref flags, k);
        }

        // Municipality codes → dense indices in numeric order.
        var used = new bool[10000];
        foreach (var m in municipality)
        {
            used[m] = true;
        }
        var indexOf = new ushort[10000];
        var codes = new List<MunicipalityCode>();
        for (var v = 0; v < used.Length; v++)
        {
            if (used[v])
            {
                indexOf[v] = (ushort)codes.Count;
                codes.Add(MunicipalityCode.FromInt32(v));
            }
        }
        for (var i = 0; i < municipality.Length; i++)
        {
            municipality[i] = indexOf[municipality[i]];
        }
        var history = _validator.History;
        var periods = codes.Select(c => history.PeriodsOf(c)
            .Select(pr => (pr.ValidFrom is { } f ? DayNumbers.From(f) : int.MinValue, pr.ValidTo is { } t ? DayNumbers.From(t) : int.MaxValue))
            .ToArray()).ToArray();

        _ids.Compact(null);
        var summary = new ValidationSummary(RowsRead, k, corrected, Rejected, duplicates, _issues, _issueCount, _countsByKind, _stoppedEarly);
        return new EpisodeRegister(personOffsets, _birthYear[..persons], _sex[..persons], _death[..persons], start, end, code,
            municipality, hours, flags, codes.ToArray(), periods, _ids, summary);
    }

    private static StagedKey FindKept(Span<StagedKey> span, int j)
    {
        var i = j;
        while (i > 0 && span[i].SameDecision(span[i - 1]))
        {
            i--;
        }
        return span[i];
    }

    private void CheckConsistent(int person, ServiceEpisode e, int death, RecordOrigin origin)
    {
        if (_birthYear[person] != e.BirthYear)
        {
            Record(new ValidationIssue(IssueKind.InconsistentPerson, IssueSeverity.Warning, origin.WithField("birth_year"),
                "birth year differs from an earlier row of the same person; the earlier value is kept"));
        }
        if (_sex[person] != (byte)e.Sex)
        {
            Record(new ValidationIssue(IssueKind.InconsistentPerson, IssueSeverity.Warning, origin.WithField("sex"),
                "sex differs from an earlier row of the same person; the earlier value is kept"));
        }
        if (death != DayNumbers.Open)
        {
            if (_death[person] == DayNumbers.Open)
            {
                _death[person] = death;
            }
            else if (_death[person] != death)
            {
                Record(new ValidationIssue(IssueKind.InconsistentPerson, IssueSeverity.Warning, origin.WithField("death_date"),
                    "death date differs from an earlier row of the same person; the earlier value is kept"));
            }
        }
    }

    private void Record(ValidationIssue issue)
    {
        _issueCount++;
        if ((uint)issue.Kind < (uint)_countsByKind.Length)
        {
            _countsByKind[(int)issue.Kind]++;
        }
        if (_issues.Count < _maxIssues)
        {
            _issues.Add(issue);
        }
    }

    private ushort SourceIndex(string? source)
    {
        // Almost always one source: check the last one first.
        for (var i = _sources.Count - 1; i >= 0; i--)
        {
            if (string.Equals(_sources[i], source, StringComparison.Ordinal))
            {
                return (ushort)i;
            }
        }
        if (_sources.Count >= ushort.MaxValue)
        {
            throw new InvalidOperationException("A register builder takes at most 65 535 distinct sources.");
        }
        _sources.Add(source);
        return (ushort)(_sources.Count - 1);
    }

    private void EnsurePersonCapacity(int count)
    {
        if (count > _birthYear.Length)
        {
            var size = Math.Max(count, _birthYear.Length * 2);
            Array.Resize(ref _birthYear, size);
            Array.Resize(ref _sex, size);
            Array.Resize(ref _death, size);
        }
    }

    private void ClearStaged()
    {
        _start.Clear();
        _end.Clear();
        _code.Clear();
        _municipality.Clear();
        _hours.Clear();
        _flags.Clear();
        _line.Clear();
        _source.Clear();
    }

    private void CheckNotBuilt()
    {
        if (_built)
        {
            throw new InvalidOperationException("The register was already built; use a new builder.");
        }
    }

    private readonly record struct StagedKey(int Start, int End, byte Code, double Hours, ushort Municipality, byte Flags, ushort Source, long Line)
        : IComparable<StagedKey>
    {
        public bool SameDecision(in StagedKey other) =>
            Start == other.Start && End == other.End && Code == other.Code && Hours.Equals(other.Hours);

        public int CompareTo(StagedKey other)
        {
            var c = Start.CompareTo(other.Start);
            if (c == 0) c = End.CompareTo(other.End);
            if (c == 0) c = Code.CompareTo(other.Code);
            if (c == 0) c = Hours.CompareTo(other.Hours);
            if (c == 0) c = Municipality.CompareTo(other.Municipality);
            if (c == 0) c = (Flags & 0x3F).CompareTo(other.Flags & 0x3F);
            if (c == 0) c = Source.CompareTo(other.Source);
            if (c == 0) c = Line.CompareTo(other.Line);
            return c;
        }
    }
}
