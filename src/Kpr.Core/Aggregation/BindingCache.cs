using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Kpr.Core.Register;

namespace Kpr.Core.Aggregation;

/// <summary>
/// Bound axes per register, dimension and years: binding region dimensions walks the municipality history, which costs
/// far more than counting, so repeated questions on one register reuse it. Keyed by the context's tables too, so a
/// user's own membership table is never answered from the built-in one. Dies with the register.
/// </summary>
internal static class BindingCache
{
    private static readonly ConditionalWeakTable<EpisodeRegister, ConcurrentDictionary<(Dimension, int, int, object), AxisBinding>> Cache = new();

    /// <summary>The binding of a dimension for a register, years and reference tables (the context's tables by reference).</summary>
    public static AxisBinding For(EpisodeRegister register, CountingView view, Dimension dimension, int firstYear, int lastYear, AggregationContext context) =>
        Cache.GetOrCreateValue(register).GetOrAdd((dimension, firstYear, lastYear, context.Key),
            key => key.Item1.Bind(view, key.Item2, key.Item3, context));
}
