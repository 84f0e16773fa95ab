using Kpr.Core.Population;
using Kpr.Core.Regions;
using NodaTime;

namespace Kpr.Core.Synthetic;

/// <summary>
/// Draws where and how old a new recipient is: SSB's population on 1 January of <see cref="SyntheticModel.PopulationYear"/>
/// (table 07459) as cumulative weights over (municipality, single age) cells per age band, each cell weighted by its
/// helsefellesskap's <see cref="RegionalPropensity"/>; sex by the national share at each age (2018–2019 municipality
/// figures have no sex split, so one rule for all years).
/// </summary>
internal sealed class PopulationSampler
{
    private static readonly Lazy<PopulationSampler> LazyDefault = new(() => new PopulationSampler(SyntheticModel.PopulationYear));

    private readonly MunicipalityCode[] _codes;
    private readonly RegionalPropensity[] _propensity;
    private readonly (int Cell, double Cumulative)[][] _cellsByBand;
    private readonly double[] _municipalityCumulative;
    private readonly double[] _maleShare = new double[AgeGroup.TopAge + 1];

    private PopulationSampler(int year)
    {
        var table = PopulationTable.Default;
        _codes = table.CodesIn(year).ToArray();
        var directory = HelsefellesskapDirectory.Default;
        var midYear = new LocalDate(year, 7, 1);
        _propensity = _codes.Select(c => RegionalPropensity.Of(directory.Find(c, midYear)?.Id)).ToArray();
        var ages = AgeGroup.TopAge + 1;
        var weights = new double[_codes.Length * ages];
        _municipalityCumulative = new double[_codes.Length];
        var total = 0.0;
        for (var m = 0; m < _codes.Length; m++)
        {
            for (var a = 0; a < ages; a++)
            {
                var w = table.OnFirstJanuary(year, _codes[m], AgeGroup.Between(a, a)).TryGetValue(out var v) ? v : 0;
                weights[(m * ages) + a] = w;
                total += w;
            }
            _municipalityCumulative[m] = total;
        }
        for (var a = 0; a < ages; a++)
        {
            var all = table.NationalOnFirstJanuary(year, AgeGroup.Between(a, a)).TryGetValue(out var t) ? t : 0;
            var male = table.NationalOnFirstJanuary(year, AgeGroup.Between(a, a), Sex.Male).TryGetValue(out var mv) ? mv : 0;
            _maleShare[a] = all > 0 ? male / all : 0.5;
        }
        var bands = SyntheticModel.AgeBands;
        _cellsByBand = new (int, double)[bands.Length][];
        for (var b = 0; b < bands.Length; b++)
        {
            var list = new List<(int, double)>();
            var cumulative = 0.0;
            for (var m = 0; m < _codes.Length; m++)
            {
                var regional = _propensity[m].Recipients * (b == 0 ? _propensity[m].Children : 1.0);
                for (var a = bands[b].From; a <= Math.Min(bands[b].To, AgeGroup.TopAge); a++)
                {
                    var w = weights[(m * ages) + a] * regional;
                    if (w > 0)
                    {
                        cumulative += w;
                        list.Add(((m * ages) + a, cumulative));
                    }
                }
            }
            _cellsByBand[b] = list.ToArray();
        }
    }

    /// <summary>The sampler of <see cref="SyntheticModel.PopulationYear"/> (built once).</summary>
    public static PopulationSampler Default => LazyDefault.Value;

    /// <summary>The national share of males at an age.</summary>
    public double MaleShare(int age) => _maleShare[Math.Clamp(age, 0, AgeGroup.TopAge)];

    /// <summary>A municipality and single age within an age band.</summary>
    public (MunicipalityCode Code, int Age, RegionalPropensity Propensity) SampleCell(int band, ref SplitMixRandom rng)
    {
        var cells = _cellsByBand[band];
        var u = rng.NextDouble() * cells[^1].Cumulative;
        int lo = 0, hi = cells.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (cells[mid].Cumulative <= u)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        var cell = cells[lo].Cell;
        var ages = AgeGroup.TopAge + 1;
        var m = cell / ages;
        return (_codes[m], cell % ages, _propensity[m]);
    }

    /// <summary>A municipality in proportion to its population (a move).</summary>
    public MunicipalityCode SampleMunicipality(ref SplitMixRandom rng)
    {
        var u = rng.NextDouble() * _municipalityCumulative[^1];
        var i = Array.BinarySearch(_municipalityCumulative, u);
        return _codes[Math.Min(i >= 0 ? i + 1 : ~i, _codes.Length - 1)];
    }
}
