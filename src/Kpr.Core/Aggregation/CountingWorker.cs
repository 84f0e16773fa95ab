namespace Kpr.Core.Aggregation;

/// <summary>One worker's private state in a counting pass: its partial cube, the stamps that count a person once per
/// service cell, and reusable buffers.</summary>
internal sealed class CountingWorker
{
    private int[]? _residence;

    public CountingWorker(CountingPlan plan)
    {
        Cells = new long[plan.CellCount];
        Stamps = new int[plan.CompactCount];
    }

    public long[] Cells { get; }
    public int[] Stamps { get; }
    public int[] Buffer { get; set; } = new int[64];
    public long Unclassified { get; set; }

    public int[] ResidenceCache(int years) => _residence ??= new int[years];
}
