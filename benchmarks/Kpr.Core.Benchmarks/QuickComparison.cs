using System.Diagnostics;
using System.Globalization;

namespace Kpr.Core.Benchmarks;

/// <summary>
/// <c>--quick [episodes]</c>: builds the synthetic register (1 M episodes by default), answers each standard question
/// with Kpr.Core, LINQ and DuckDB (one warm-up, then the best of a few runs) and prints times and ratios. Under a minute
/// on a laptop; a sanity check, not a measurement (use the BenchmarkDotNet suite for that).
/// </summary>
public static class QuickComparison
{
    public static int Run(string[] args)
    {
        var episodes = args.Length > 1 && long.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 1_000_000;
        var setup = Stopwatch.StartNew();
        using var w = new AggregationWorkload(episodes);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"register: {w.Register.EpisodeCount:N0} episodes, {w.Register.PersonCount:N0} persons, {w.Register.BytesPerEpisode:F1} bytes/episode; setup {setup.Elapsed.TotalSeconds:F1} s; {Environment.ProcessorCount} cores"));
        Console.WriteLine($"{"question",-22} {"Kpr ms",9} {"LINQ ms",9} {"DuckDB ms",10} {"LINQ/Kpr",9} {"Duck/Kpr",9}  answers (Kpr / LINQ / DuckDB)");
        var questions = new (string Name, Func<long> Kpr, Func<long> Linq, Func<long> Duck)[]
        {
            ("RecipientsAtYearEnd", w.KprRecipientsAtYearEnd, w.LinqRecipientsAtYearEnd, w.DuckRecipientsAtYearEnd),
            ("RecipientsDuringYear", w.KprRecipientsDuringYear, w.LinqRecipientsDuringYear, w.DuckRecipientsDuringYear),
            ("StartsPerMonth", w.KprStartsPerMonth, w.LinqStartsPerMonth, w.DuckStartsPerMonth),
            ("MonthlyComparison", w.KprMonthlyComparison, w.LinqMonthlyComparison, w.DuckMonthlyComparison),
        };
        foreach (var (name, kpr, linq, duck) in questions)
        {
            var (tk, ak) = Best(kpr, 5);
            var (tl, al) = Best(linq, 1);
            var (td, ad) = Best(duck, 3);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-22} {tk,9:F1} {tl,9:F1} {td,10:F1} {tl / tk,8:F1}x {td / tk,8:F1}x  {ak} / {al} / {ad}"));
        }
        return 0;
    }

    private static (double Ms, long Answer) Best(Func<long> run, int times)
    {
        var answer = run(); // warm-up
        var best = double.MaxValue;
        for (var i = 0; i < times; i++)
        {
            var sw = Stopwatch.StartNew();
            answer = run();
            best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
        }
        return (best, answer);
    }
}
