using FsCheck;
using FsCheck.Fluent;
using Kpr.Core.Aggregation;

namespace Kpr.Core.Tests.Aggregation;

/// <summary>Random small registers over the test universe, with overlaps, open ends, deaths and duplicates.</summary>
internal static class RegisterGen
{
    private static readonly DateOnly Origin = new(2017, 1, 1);

    public static Gen<ViewEpisode[]> Register(int maxPersons = 40) =>
        from n in Gen.Choose(0, maxPersons)
        from persons in Gen.CollectToArray(Enumerable.Range(0, n).Select(Person))
        from dupes in Gen.Choose(0, 3)
        let all = persons.SelectMany(p => p).ToArray()
        select all.Length == 0 ? all : all.Concat(all.Take(dupes)).ToArray();

    public static Arbitrary<ViewEpisode[]> Arb() => Register().ToArbitrary();

    private static Gen<ViewEpisode[]> Person(int id) =>
        from birth in Gen.Choose(1915, 2021)
        from sex in Gen.Frequency((10, Gen.Constant(1)), (10, Gen.Constant(2)), (1, Gen.Constant(0)))
        from dies in Gen.Choose(0, 4)
        from deathOffset in Gen.Choose(0, 5 * 365)
        from count in Gen.Choose(1, 4)
        from episodes in Gen.CollectToArray(Enumerable.Range(0, count).Select(_ => Episode(id, birth, sex, dies == 0 ? Origin.AddDays(deathOffset) : null)))
        select episodes.ToArray();

    private static Gen<ViewEpisode> Episode(long person, int birth, int sex, DateOnly? death) =>
        from code in Gen.Elements(TestAxes.Codes)
        from startOffset in Gen.Choose(0, 5 * 365)
        from open in Gen.Choose(0, 2)
        from length in Gen.Frequency((3, Gen.Choose(0, 60)), (2, Gen.Choose(0, 900)))
        from hours in Gen.Elements<double?>(null, 2.5, 10)
        from bistand in Gen.Choose(0, 3)
        from coord in Gen.Elements<bool?>(null, false, true)
        from plan in Gen.Elements<bool?>(null, false, true)
        from muni in Gen.Elements(TestAxes.Municipalities)
        let start = Origin.AddDays(startOffset)
        select new ViewEpisode(person, birth, sex, muni, code, start, open == 0 ? null : start.AddDays(length), hours, bistand, coord, plan, death);
}
