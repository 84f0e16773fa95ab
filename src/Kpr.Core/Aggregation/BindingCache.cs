using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Kpr.Core.Register;

namespace Kpr.Core.Aggregation;

/// <summary>
/// Bound axes per register, dimension and years: binding region dimensions walks the municipality history, which costs
/// far more than counting, so repeated questions on one register reuse it. Dies with the register.
/// </summary>
internal static class BindingCache
{
    private static readonly ConditionalWeakTable<EpisodeRegister, ConcurrentDictionary<(Dimension, int, int), AxisBinding>> Cache = new();

    public static AxisBinding For(EpisodeRegister register, CountingView view, Dimension dimension, int firstYear, int lastYear) =>
        Cache.GetOrCreateValue(register).GetOrAdd((dimension, firstYear, lastYear),
            key => key.Item1.Bind(view, key.Item2, key.Item3, AggregationContext.Default));
}
