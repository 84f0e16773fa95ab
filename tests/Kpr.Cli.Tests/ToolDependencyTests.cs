namespace Kpr.Cli.Tests;

/// <summary>The tool ships the synthetic register (Kpr.Core.Synthetic) but no test support: neither Kpr.Core.Testing
/// nor FsCheck may be referenced by the <c>kpr</c> assembly or anything it ships (issue 11/16).</summary>
public class ToolDependencyTests
{
    [Fact]
    public void The_tool_references_neither_FsCheck_nor_the_testing_package()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<System.Reflection.AssemblyName>([typeof(KprApp).Assembly.GetName()]);
        while (pending.Count > 0)
        {
            var name = pending.Pop();
            if (!seen.Add(name.Name!) || !name.Name!.StartsWith("kpr", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            foreach (var reference in System.Reflection.Assembly.Load(name).GetReferencedAssemblies())
            {
                pending.Push(reference);
            }
        }
        Assert.Contains("Kpr.Core.Synthetic", seen);
        Assert.DoesNotContain(seen, n => n.StartsWith("FsCheck", StringComparison.Ordinal) || n == "Kpr.Core.Testing");
    }
}
