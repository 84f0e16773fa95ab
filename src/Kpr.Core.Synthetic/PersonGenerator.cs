using Kpr.Core.Population;
using Kpr.Core.Regions;
using Kpr.Core.Register;
using Kpr.Core.Services;
using NodaTime;

namespace Kpr.Core.Synthetic;

/// <summary>
/// One person's service career, drawn from the person's own random stream (seed × ordinal) on a fixed timeline
/// (<see cref="SyntheticModel.HistoryStartYear"/>–2025) and only then cut to the requested window, so that a year's
/// data never depend on the window asked for.
/// </summary>
/// <remarks>
/// A career starts on an entry day (intensity by calendar year), at an age and place drawn from the population, and ends
/// at death or when services stop. Short careers are one home-health decision (sometimes after a short stay); long
/// careers hold parallel lines: home services (decisions renewed back to back), a second home line, housing, welfare
/// technology (taken up at a yearly hazard), time-limited stays (a Poisson process), and for some of those who die,
/// long-term care before death (which ends the other lines). Decisions falling in the pandemic months are thinned
/// (<see cref="SyntheticModel.PandemicFactor"/>). An episode that crosses a municipal reform is split on the reform
/// date, as merged municipalities re-registered their decisions (the inflated January 2020 starts, domain notes §D2).
/// </remarks>
internal sealed class PersonGenerator
{
    private static readonly int UniverseStart = DayNumbers.StartOfYear(SyntheticModel.UniverseFirstYear);
    private static readonly int UniverseEnd = DayNumbers.EndOfYear(SyntheticModel.UniverseLastYear);
    private static readonly int HistoryStart = DayNumbers.StartOfYear(SyntheticModel.HistoryStartYear);

    private readonly SyntheticModel _model;
    private readonly PopulationSampler _sampler = PopulationSampler.Default;
    private readonly MunicipalityHistory _history = MunicipalityHistory.Default;
    private readonly int _seed;
    private readonly int _windowStart;
    private readonly int _windowEnd;
    private readonly double _maxEntry;
    private readonly double[] _bandCumulative;

    public PersonGenerator(int seed, int firstYear, int lastYear, SyntheticModel model)
    {
        _model = model;
        _seed = seed;
        _windowStart = DayNumbers.StartOfYear(firstYear);
        _windowEnd = DayNumbers.EndOfYear(lastYear);
        _maxEntry = model.EntryIntensityByYear.Max();
        _bandCumulative = new double[model.EntrantsByBand.Length];
        var total = 0.0;
        for (var i = 0; i < _bandCumulative.Length; i++)
        {
            total += model.EntrantsByBand[i];
            _bandCumulative[i] = total;
        }
    }

    /// <summary>Appends the episodes of person <paramref name="ordinal"/> that overlap the window.</summary>
    public void Generate(long ordinal, List<ServiceEpisode> output)
    {
        var rng = new SplitMixRandom(SplitMixRandom.Mix((ulong)(uint)_seed) ^ SplitMixRandom.Mix((ulong)ordinal + 0x5151UL));
        var id = SyntheticRegister.PersonId(_seed, ordinal);
        Career career;
        do
        {
            career = DrawCareer(ref rng);
        }
        while (career.End < UniverseStart || career.Entry > UniverseEnd);
        new CareerWriter(this, career, id, output).Write(ref rng);
    }

    private Career DrawCareer(ref SplitMixRandom rng)
    {
        int year;
        do
        {
            year = SyntheticModel.HistoryStartYear + rng.Next(SyntheticModel.UniverseLastYear - SyntheticModel.HistoryStartYear + 1);
        }
        while (!rng.Chance(_model.EntryIntensity(year) / _maxEntry));
        var entry = DayNumbers.StartOfYear(year) + rng.Next(DayNumbers.EndOfYear(year) - DayNumbers.StartOfYear(year) + 1);
        var band = PickBand(ref rng);
        var (home, age, propensity) = _sampler.SampleCell(band, ref rng);
        var birthYear = year - age;
        var sex = rng.Chance(_sampler.MaleShare(age)) ? Sex.Male : Sex.Female;
        var death = DayNumbers.Open;
        for (var y = year; y <= SyntheticModel.UniverseLastYear; y++)
        {
            if (rng.Chance(_model.DeathProbability(y - birthYear)))
            {
                var from = Math.Max(entry, DayNumbers.StartOfYear(y));
                death = from + rng.Next(DayNumbers.EndOfYear(y) - from + 1);
                break;
            }
        }
        var isShort = rng.Chance(_model.ShortCareerShare[band]);
        var length = isShort
            ? rng.Exponential(_model.ShortCareerMeanDays)
            : rng.Exponential(_model.LongCareerMeanYears[band] * 365.25);
        var planned = entry + (int)Math.Min(length, 40 * 365.0);
        return new Career(entry, Math.Min(planned, death), death, death <= planned, isShort, band, birthYear, sex, home, propensity);
    }

    private int PickBand(ref SplitMixRandom rng)
    {
        var u = rng.NextDouble() * _bandCumulative[^1];
        for (var i = 0; i < _bandCumulative.Length; i++)
        {
            if (u < _bandCumulative[i])
            {
                return i;
            }
        }
        return _bandCumulative.Length - 1;
    }

    internal static int BandOf(int age)
    {
        var bands = SyntheticModel.AgeBands;
        for (var i = 0; i < bands.Length; i++)
        {
            if (age <= bands[i].To)
            {
                return i;
            }
        }
        return bands.Length - 1;
    }

    private readonly record struct Career(int Entry, int End, int Death, bool EndsByDeath, bool IsShort, int Band, int BirthYear,
        Sex Sex, MunicipalityCode Home, RegionalPropensity Propensity);

    /// <summary>Writes one career's episodes: draws every line over the whole career (so the random stream does not
    /// depend on the window) and keeps the episodes that overlap the window.</summary>
    private sealed class CareerWriter(PersonGenerator g, Career c, string id, List<ServiceEpisode> output)
    {
        private readonly SyntheticModel _m = g._model;
        private readonly List<(int Day, MunicipalityCode Code)> _moves = [];
        private readonly HashSet<(int Code, int Start, int End)> _decisions = [];
        private ulong _pick;
        private double _needLatent;
        private double _coordinatorLatent;
        private bool? _plan;

        public void Write(ref SplitMixRandom rng)
        {
            _pick = rng.NextUInt64();
            _needLatent = rng.NextDouble();
            _coordinatorLatent = rng.NextDouble();
            _plan = rng.Chance(0.9) ? rng.Chance(c.Band switch { 0 => 0.15, 1 => 0.08, 2 => 0.05, _ => 0.02 }) : null;
            // Moves over the whole career, drawn first so every line sees the same addresses.
            _moves.Add((int.MinValue, c.Home));
            for (var day = c.Entry + (int)rng.Exponential(365 / _m.MoveProbabilityPerYear); day <= c.End;
                 day += 1 + (int)rng.Exponential(365 / _m.MoveProbabilityPerYear))
            {
                _moves.Add((day, g._sampler.SampleMunicipality(ref rng)));
            }
            if (c.IsShort)
            {
                var t = c.Entry;
                if (rng.Chance(0.25))
                {
                    var stayEnd = Math.Min(c.End, t + (int)rng.Exponential(14));
                    Emit(ref rng, StayCode(BandAt(t), ref rng), t, stayEnd, ServiceKind.Stay);
                    t = stayEnd + 1;
                }
                if (t <= c.End)
                {
                    Emit(ref rng, BandAt(t) == 0 ? 7 : 15, t, c.End, ServiceKind.Home);
                }
                return;
            }

            // Long-term care before death for some: it ends the community lines.
            var communityEnd = c.End;
            if (c.EndsByDeath && rng.Chance(Math.Min(1, _m.LongTermShare[BandAt(c.Death)] * c.Propensity.LongTerm)))
            {
                var start = Math.Max(c.Entry, c.Death - (int)rng.Exponential(_m.LongTermMeanYears * 365.25));
                communityEnd = start - 1;
                Emit(ref rng, 21, start, c.Death, ServiceKind.Other);
            }
            else if (c.Band < 4 && rng.Chance(_m.YoungLongTermShare[c.Band]))
            {
                var start = c.Entry + (int)(rng.NextDouble() * 0.5 * (c.End - c.Entry));
                communityEnd = start - 1;
                Emit(ref rng, 21, start, c.End, ServiceKind.Other);
            }
            var hasHome = rng.Chance(_m.HomeShare[c.Band]);
            var dayCare = rng.Chance(_m.DayCareShare[c.Band]);
            var hasBolig = rng.Chance(_m.BoligShare[c.Band] * Math.Max(0.5, 1 + (_m.BoligTrend * (DayNumbers.ToDate(c.Entry).Year - 2018))));
            if (communityEnd < c.Entry)
            {
                return;
            }
            if (hasHome)
            {
                HomeLine(ref rng, c.Entry, communityEnd, primary: true);
                if (rng.Chance(_m.SecondLineShare[c.Band]))
                {
                    HomeLine(ref rng, c.Entry + 1 + (int)rng.Exponential(120), communityEnd, primary: false);
                }
            }
            var boligNotCarried = rng.Chance(_m.BoligNotCarriedInto2019);
            if (hasBolig)
            {
                var start = c.Entry + (int)(rng.NextDouble() * 0.2 * (communityEnd - c.Entry));
                var reform = DayNumbers.StartOfYear(2019);
                Emit(ref rng, 29, start, boligNotCarried && start < reform && communityEnd >= reform ? reform - 1 : communityEnd, ServiceKind.Other);
            }
            if (dayCare)
            {
                var start = c.Entry + 2 + (int)(rng.NextDouble() * 0.3 * (communityEnd - c.Entry));
                if (start <= communityEnd)
                {
                    Emit(ref rng, rng.Chance(0.85) ? 17 : 22, start, communityEnd, ServiceKind.Other);
                }
            }
            WelfareLine(ref rng, communityEnd, force: !hasHome && !hasBolig);
            Stays(ref rng, communityEnd);
        }

        private int BandAt(int day) => BandOf(DayNumbers.ToDate(day).Year - c.BirthYear);

        private void HomeLine(ref SplitMixRandom rng, int from, int to, bool primary)
        {
            for (var t = from; t <= to;)
            {
                var end = Math.Min(to, t + (int)rng.Exponential(_m.HomeDecisionMeanDays));
                Emit(ref rng, HomeCode(BandAt(t), primary, ref rng), t, end, ServiceKind.Home);
                t = end + 1;
            }
        }

        private void WelfareLine(ref SplitMixRandom rng, int to, bool force)
        {
            var start = -1;
            if (force)
            {
                start = c.Entry;
            }
            else
            {
                var year0 = DayNumbers.ToDate(c.Entry).Year;
                var year1 = DayNumbers.ToDate(to).Year;
                for (var y = year0; y <= year1 && start < 0; y++)
                {
                    var from = Math.Max(c.Entry, DayNumbers.StartOfYear(y));
                    var until = Math.Min(to, DayNumbers.EndOfYear(y));
                    var fraction = (until - from + 1) / 365.25;
                    var band = BandOf(y - c.BirthYear);
                    var yearFactor = band >= 4 ? Math.Pow(_m.WelfareFactor(y), _m.WelfareYearPowerOld) : _m.WelfareFactor(y);
                    var hazard = _m.WelfareHazard[band] * yearFactor * fraction;
                    if (rng.Chance(1 - Math.Exp(-hazard)))
                    {
                        start = from + rng.Next(until - from + 1);
                    }
                }
            }
            if (start >= 0)
            {
                Emit(ref rng, WelfareCode(DayNumbers.ToDate(start).Year, BandAt(start), ref rng), start, to, ServiceKind.Other);
            }
        }

        private void Stays(ref SplitMixRandom rng, int to)
        {
            var max = _m.StaysPerYear.Max() * c.Propensity.Stays * _m.StayYearFactor.Max() * Math.Pow(1 + Math.Max(0, _m.StayTrendUnder67), 8);
            if (max <= 0)
            {
                return;
            }
            for (var t = c.Entry + (int)rng.Exponential(365.25 / max); t <= to; t += 1 + (int)rng.Exponential(365.25 / max))
            {
                var year = DayNumbers.ToDate(t).Year;
                var stayBand = BandAt(t);
                var rate = _m.StaysPerYear[stayBand] * c.Propensity.Stays * _m.StayFactor(year)
                    * (stayBand < 3 && year > 2018 ? Math.Pow(1 + _m.StayTrendUnder67, year - 2018) : 1.0);
                if (!rng.Chance(rate / max))
                {
                    continue;
                }
                var end = Math.Min(to, t + (int)rng.Exponential(_m.StayMeanDays));
                Emit(ref rng, StayCode(BandAt(t), ref rng), t, end, ServiceKind.Stay);
                t = end;
            }
        }

        private void Emit(ref SplitMixRandom rng, int code, int start, int end, ServiceKind kind)
        {
            var date = DayNumbers.ToDate(start);
            var hours = Hours(code, ref rng);
            var keep = rng.Chance(SyntheticModel.PandemicFactor(date.Year, date.Month, kind));
            if (!keep || end < g._windowStart || start > g._windowEnd)
            {
                return;
            }
            if (code == 29 && date.Year < 2019)
            {
                code = (_pick & 1) == 0 ? 12 : 13;
            }
            var band = BandAt(start);
            var need = Need(band, code, date.Year);
            var coordinator = _coordinatorLatent < _m.CoordinatorShare[(int)NeedIndex(need)][date.Year - c.BirthYear < 67 ? 0 : 1] * _m.CoordinatorFactor(date.Year);
            LocalDate? deathDate = c.Death <= g._windowEnd ? DayNumbers.ToDate(c.Death) : null;
            var municipality = CodeOn(AddressOn(start), date);
            // A reform re-registers the decision under the new municipality: split on the reform date.
            while (true)
            {
                var validTo = g._history.PeriodsOf(municipality) is { Count: > 0 } periods ? periods[^1].ValidTo : null;
                var pieceEnd = end;
                if (validTo is { } to && DayNumbers.From(to) < end)
                {
                    pieceEnd = DayNumbers.From(to);
                }
                // The end as decided (also after the window: a planned end date), open beyond the universe, so that the
                // extract's content does not depend on the window (the register orders same-day decisions by their end).
                var written = pieceEnd > UniverseEnd ? DayNumbers.Open : pieceEnd;
                if (pieceEnd >= g._windowStart && _decisions.Add((code, start, written)))
                {
                    output.Add(new ServiceEpisode(id, c.BirthYear, c.Sex, municipality, ServiceCode.FromNumber(code), DayNumbers.ToDate(start),
                        written == DayNumbers.Open ? null : DayNumbers.ToDate(written), hours, need, coordinator, _plan, deathDate));
                }
                if (pieceEnd == end || pieceEnd + 1 > g._windowEnd)
                {
                    break;
                }
                start = pieceEnd + 1;
                if (code is 12 or 13 && DayNumbers.ToDate(start).Year >= 2019)
                {
                    code = 29;
                }
                var next = CodeOn(municipality, DayNumbers.ToDate(start));
                if (next == municipality)
                {
                    break;
                }
                municipality = next;
            }
        }

        private MunicipalityCode AddressOn(int day)
        {
            var code = _moves[0].Code;
            foreach (var (from, moved) in _moves)
            {
                if (from > day)
                {
                    break;
                }
                code = moved;
            }
            return code;
        }

        // The person's latent need placed on the band's distribution; residents in long-term care mostly have extensive
        // needs, so the other services carry fewer of them (fitted factor), keeping the band totals of S5.
        private Bistandsbehov Need(int band, int code, int year)
        {
            if (code == 21)
            {
                return _needLatent < _m.LongTermOmfattendeShare ? Bistandsbehov.Omfattende : Bistandsbehov.MiddelsTilStort;
            }
            var weights = SyntheticModel.BistandsbehovByBand[band];
            var home = code is 1 or 2 or 3 or 4 or 5 or 7 or 9 or 11 or 15;
            Span<double> w = home
                ? [weights[0], weights[1] * _m.HomeNeedFactors[0], weights[2] * _m.HomeNeedFactors[1], weights[3] * _m.HomeNeedFactors[2]]
                : [weights[0], weights[1] * _m.OtherNeedFactors[0], weights[2] * _m.OtherNeedFactors[1], weights[3] * _m.OtherNeedFactors[2]];
            if (year < 2019)
            {
                w[3] *= _m.UoppgittFactorBefore2019;
            }
            var u = _needLatent * (w[0] + w[1] + w[2] + w[3]);
            for (var i = 0; i < w.Length; i++)
            {
                u -= w[i];
                if (u < 0)
                {
                    return SyntheticModel.BistandsbehovOrder[i];
                }
            }
            return SyntheticModel.BistandsbehovOrder[^1];
        }

        private static int NeedIndex(Bistandsbehov need) => Array.IndexOf(SyntheticModel.BistandsbehovOrder, need);

        private static int HomeCode(int band, bool primary, ref SplitMixRandom rng) => (band, primary) switch
        {
            (0, true) => Pick(ref rng, (7, 30), (11, 25), (9, 15), (3, 8), (15, 12), (2, 5), (4, 5)),
            (0, false) => Pick(ref rng, (9, 40), (7, 30), (4, 20), (2, 10)),
            (1 or 2, true) => Pick(ref rng, (15, 62), (1, 18), (3, 5), (2, 5), (9, 5), (11, 3), (4, 2)),
            (1 or 2, false) => Pick(ref rng, (1, 35), (9, 20), (4, 20), (2, 10), (5, 5), (7, 5), (11, 5)),
            (_, true) => Pick(ref rng, (15, 76), (1, 22), (4, 1), (5, 1)),
            (_, false) => Pick(ref rng, (1, 50), (4, 20), (5, 30)),
        };

        private static int StayCode(int band, ref SplitMixRandom rng) => band switch
        {
            0 => 8,
            1 => Pick(ref rng, (8, 40), (18, 20), (19, 25), (20, 15)),
            _ => Pick(ref rng, (18, 25), (19, 30), (20, 40), (8, 5)),
        };

        private static int WelfareCode(int year, int band, ref SplitMixRandom rng) => year < 2019
            ? Pick(ref rng, (6, 95), (26, 5))
            : year == 2019
                ? Pick(ref rng, (6, 88), (26, 4), (27, 3), (28, 5))
                : band >= 3
                    ? Pick(ref rng, (6, 72), (26, 5), (27, 11), (28, 12))
                    : Pick(ref rng, (6, 45), (26, 5), (27, 30), (28, 20));

        private static double? Hours(int code, ref SplitMixRandom rng)
        {
            double? mean = code switch
            {
                1 => 2.5,
                2 => 3,
                3 => 20,
                4 => 10,
                7 => 6,
                9 => 3,
                11 => 8,
                15 => 3.5,
                17 => 12,
                22 => 20,
                _ => null,
            };
            return mean is { } m && rng.Chance(0.9) ? Math.Min(168, Math.Round(rng.Exponential(m) * 4) / 4) : null;
        }

        private static int Pick(ref SplitMixRandom rng, params ReadOnlySpan<(int Code, double Weight)> mix)
        {
            var total = 0.0;
            foreach (var (_, w) in mix)
            {
                total += w;
            }
            var u = rng.NextDouble() * total;
            foreach (var (code, w) in mix)
            {
                u -= w;
                if (u < 0)
                {
                    return code;
                }
            }
            return mix[^1].Code;
        }

        // The code valid on the date for the person's municipality, following the reforms forwards (merges,
        // renumbering; splits by the person's fixed pick) or backwards (a merged code's predecessors, by the same pick).
        private MunicipalityCode CodeOn(MunicipalityCode code, LocalDate date)
        {
            var history = g._history;
            var current = code;
            for (var step = 0; step < 6; step++)
            {
                if (history.IsValidOn(current, date))
                {
                    return current;
                }
                var periods = history.PeriodsOf(current);
                if (periods.Count == 0)
                {
                    break;
                }
                if (periods[^1].ValidTo is { } to && date > to)
                {
                    var next = history.SuccessorChanges(current).Where(ch => ch.Date > to).ToList();
                    if (next.Count == 0)
                    {
                        break;
                    }
                    var first = next.Where(ch => ch.Date == next[0].Date).ToList();
                    current = first[(int)(_pick % (ulong)first.Count)].NewCode;
                }
                else if (periods[0].ValidFrom is { } from && date < from)
                {
                    var before = history.PredecessorChanges(current).Where(ch => ch.Date == from && ch.OldCode != current).ToList();
                    if (before.Count == 0)
                    {
                        break;
                    }
                    current = before[(int)(_pick % (ulong)before.Count)].OldCode;
                }
                else
                {
                    break;
                }
            }
            return current;
        }
    }
}
