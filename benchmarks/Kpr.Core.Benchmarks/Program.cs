using BenchmarkDotNet.Running;

// `--quick [episodes]`: the aggregation comparison in under a minute (Kpr.Core vs LINQ vs DuckDB, ratios printed).
if (args.Length > 0 && args[0] == "--quick")
{
    return Kpr.Core.Benchmarks.QuickComparison.Run(args);
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;

/// <summary>Entry point for BenchmarkDotNet.</summary>
public partial class Program;
