using System.Globalization;
using NodaTime;

namespace Kpr.Core.Regions;

/// <summary>
/// Checks that a membership table places every municipality valid on any date from
/// <see cref="HelsefellesskapDirectory.ValidationStart"/> to <see cref="HelsefellesskapDirectory.ValidationEnd"/> in
/// exactly one helsefellesskap, and that no row covers a date on which its code was not valid.
/// </summary>
internal static class HelsefellesskapTableValidator
{
    public static List<string> Validate(IReadOnlyList<HelsefellesskapMembership> rows, MunicipalityHistory history)
    {
        const int MaxProblems = 50;
        var problems = new List<string>();
        // Coverage can only change where a row or a municipality period starts or ends: check those dates.
        var dates = new SortedSet<LocalDate> { HelsefellesskapDirectory.ValidationStart };
        void AddBoundary(LocalDate? from, LocalDate? to)
        {
            if (from is { } f && f > HelsefellesskapDirectory.ValidationStart && f <= HelsefellesskapDirectory.ValidationEnd)
            {
                dates.Add(f);
            }
            if (to is { } t && t >= HelsefellesskapDirectory.ValidationStart && t < HelsefellesskapDirectory.ValidationEnd)
            {
                dates.Add(t.PlusDays(1));
            }
        }
        foreach (var r in rows)
        {
            AddBoundary(r.ValidFrom, r.ValidTo);
        }
        foreach (var p in history.Periods)
        {
            AddBoundary(p.ValidFrom, p.ValidTo);
        }
        var byCode = rows.GroupBy(r => r.Municipality).ToDictionary(g => g.Key, g => g.ToArray());
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var date in dates)
        {
            var text = date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
            var valid = history.ValidOn(date).Select(m => m.Code).ToHashSet();
            foreach (var code in valid)
            {
                var n = byCode.TryGetValue(code, out var list) ? list.Count(r => r.IsValidOn(date)) : 0;
                if (n != 1 && reported.Add($"{code}:{n}"))
                {
                    problems.Add(n == 0
                        ? $"Municipality {code} (valid on {text}) has no helsefellesskap on {text}."
                        : $"Municipality {code} has {n} helsefellesskap on {text}; it must have exactly one.");
                }
            }
            foreach (var (code, list) in byCode)
            {
                if (!valid.Contains(code) && list.Any(r => r.IsValidOn(date)) && reported.Add($"{code}:invalid"))
                {
                    problems.Add($"Row for {code} covers {text}, but {history.ExplainInvalid(code, date)}.");
                }
            }
            if (problems.Count > MaxProblems)
            {
                problems.Add("(stopped after the first problems; fix these and validate again)");
                break;
            }
        }
        return problems;
    }
}
