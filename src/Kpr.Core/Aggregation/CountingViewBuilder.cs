namespace Kpr.Core.Aggregation;

/// <summary>One episode in the plain form the view builder and the reference implementation share.</summary>
internal readonly record struct ViewEpisode(
    long Person,
    int BirthYear,
    int Sex,
    string Municipality,
    int Code,
    DateOnly Start,
    DateOnly? End,
    double? Hours,
    int Bistandsbehov,
    bool? Coordinator,
    bool? IndividualPlan,
    DateOnly? Death);

/// <summary>
/// Builds a <see cref="CountingView"/> from plain episodes: partitions by person, orders each person's episodes by a
/// total order (so results never depend on input order) and keeps identical decisions (same code, start, end and
/// hours) once.
/// </summary>
internal static class CountingViewBuilder
{
    public static CountingView Build(IEnumerable<ViewEpisode> episodes)
    {
        var sorted = episodes.ToList();
        sorted.Sort(Compare);
        var kept = new List<ViewEpisode>(sorted.Count);
        foreach (var e in sorted)
        {
            if (kept.Count > 0 && IsSameDecision(kept[^1], e))
            {
                continue;
            }
            kept.Add(e);
        }

        // Municipality indices in code order, as the register numbers them (the residence tie-break uses them).
        var municipalities = kept.Select(e => e.Municipality).Distinct().Order(StringComparer.Ordinal)
            .Select((code, i) => (code, i)).ToDictionary(x => x.code, x => checked((ushort)x.i), StringComparer.Ordinal);
        var personStart = new List<int>();
        var birth = new List<short>();
        var sex = new List<byte>();
        var death = new List<int>();
        var n = kept.Count;
        var start = new int[n];
        var end = new int[n];
        var code = new byte[n];
        var attributes = new byte[n];
        var municipality = new ushort[n];
        for (var i = 0; i < n; i++)
        {
            var e = kept[i];
            if (i == 0 || kept[i - 1].Person != e.Person)
            {
                personStart.Add(i);
                birth.Add((short)e.BirthYear);
                sex.Add((byte)e.Sex);
                death.Add(e.Death?.DayNumber ?? CountingView.Open);
            }
            start[i] = e.Start.DayNumber;
            end[i] = e.End?.DayNumber ?? CountingView.Open;
            code[i] = checked((byte)e.Code);
            attributes[i] = (byte)((e.Bistandsbehov & 3) | (Tri(e.Coordinator) << 2) | (Tri(e.IndividualPlan) << 4));
            municipality[i] = municipalities[e.Municipality];
        }
        personStart.Add(n);
        var codes = new string[municipalities.Count];
        foreach (var (k, v) in municipalities)
        {
            codes[v] = k;
        }
        return new CountingView
        {
            PersonStart = [.. personStart],
            BirthYear = [.. birth],
            Sex = [.. sex],
            DeathDay = [.. death],
            Start = start,
            End = end,
            Code = code,
            Attributes = attributes,
            Municipality = municipality,
            MunicipalityCodes = codes,
        };
    }

    private static int Tri(bool? value) => value switch { null => 0, false => 1, true => 2 };

    /// <summary>Person, then start, end, code, hours, attributes, municipality: a total order on what counting reads.</summary>
    public static int Compare(ViewEpisode a, ViewEpisode b)
    {
        var c = a.Person.CompareTo(b.Person);
        if (c != 0) return c;
        c = a.Start.CompareTo(b.Start);
        if (c != 0) return c;
        c = (a.End ?? DateOnly.MaxValue).CompareTo(b.End ?? DateOnly.MaxValue);
        if (c != 0) return c;
        c = a.Code.CompareTo(b.Code);
        if (c != 0) return c;
        c = (a.Hours ?? -1).CompareTo(b.Hours ?? -1);
        if (c != 0) return c;
        c = a.Bistandsbehov.CompareTo(b.Bistandsbehov);
        if (c != 0) return c;
        c = Tri(a.Coordinator).CompareTo(Tri(b.Coordinator));
        if (c != 0) return c;
        c = Tri(a.IndividualPlan).CompareTo(Tri(b.IndividualPlan));
        if (c != 0) return c;
        return string.CompareOrdinal(a.Municipality, b.Municipality);
    }

    /// <summary>Identical decisions: same person, code, start, end and scope (hours).</summary>
    public static bool IsSameDecision(ViewEpisode a, ViewEpisode b) =>
        a.Person == b.Person && a.Code == b.Code && a.Start == b.Start && a.End == b.End && a.Hours == b.Hours;
}
