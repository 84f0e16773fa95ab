using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Kpr.Core.Register;
using Kpr.Core.Testing;

namespace Kpr.Core.Tests.Register;

public class RegisterPropertyTests
{
    [Property(MaxTest = 200)]
    public Property Every_arbitrary_episode_validates_cleanly() =>
        Prop.ForAll(KprArbitraries.Episodes(), e => EpisodeValidator.Default.Validate(e, default).Issues.Count == 0);

    [Property(MaxTest = 100)]
    public Property Validation_never_loses_a_row() =>
        Prop.ForAll(ArbMap.Default.MergeArb(KprArbitraries.EpisodesWithFaults()).ArbFor<ServiceEpisode[]>(), ArbMap.Default.ArbFor<byte>(), (episodes, repeat) =>
        {
            // Repeat a few rows so duplicates occur too.
            var rows = episodes.Concat(episodes.Take(repeat % 4)).ToArray();
            var v = EpisodeRegister.FromEpisodes(rows).Validation;
            return v.RowsRead == rows.Length && v.Accepted + v.Rejected + v.Duplicates == v.RowsRead && v.Corrected <= v.Accepted;
        });

    [Property(MaxTest = 100)]
    public Property Register_holds_the_accepted_episodes_grouped_by_person() =>
        Prop.ForAll(KprArbitraries.Registers(), register =>
        {
            var offsets = register.PersonEpisodeOffsets.ToArray();
            var grouped = Enumerable.Range(0, register.PersonCount).All(p => offsets[p] < offsets[p + 1]);
            var sameIds = Enumerable.Range(0, register.EpisodeCount).All(i => register.GetEpisode(i).PersonId == register.PersonId(register.PersonOf(i)));
            return register.EpisodeCount == register.Validation.Accepted && grouped && sameIds && offsets[^1] == register.EpisodeCount;
        });

    [Property(MaxTest = 100)]
    public Property Input_order_does_not_change_the_episodes() =>
        Prop.ForAll(KprArbitraries.EpisodeLists(), list =>
            Prop.ForAll(Gen.Shuffle(list).ToArbitrary(), shuffled =>
            {
                static string[] Canonical(EpisodeRegister r) => r.Episodes().Select(e => e.PersonId + " " + e).Order(StringComparer.Ordinal).ToArray();
                return Canonical(EpisodeRegister.FromEpisodes(list)).SequenceEqual(Canonical(EpisodeRegister.FromEpisodes(shuffled)));
            }));
}
