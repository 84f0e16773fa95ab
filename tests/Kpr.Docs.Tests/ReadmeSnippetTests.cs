using Xunit.Abstractions;

namespace Kpr.Docs.Tests;

/// <summary>
/// Every C# block of the README compiles on its own (each block carries its own usings, so a reader can paste any
/// one of them into <c>dotnet run app.cs</c>) and runs to the end.
/// </summary>
public sealed class ReadmeSnippetTests(ITestOutputHelper output)
{
    public static TheoryData<string> Snippets()
    {
        var data = new TheoryData<string>();
        foreach (var snippet in ReadmeSnippets())
        {
            data.Add(snippet.ToString());
        }
        return data;
    }

    [Fact]
    public void The_readme_has_csharp_snippets() => Assert.True(ReadmeSnippets().Count >= 5, "README.md lost its ```csharp blocks");

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Snippet_compiles_and_runs(string where)
    {
        var snippet = ReadmeSnippets().Single(s => s.ToString() == where);
        var (assembly, diagnostics) = SnippetCompiler.Compile(snippet);
        Assert.True(assembly is not null, $"{where} does not compile:\n{diagnostics}\n---\n{snippet.Code}");
        var (exitCode, printed) = SnippetCompiler.Run(assembly!);
        output.WriteLine(printed);
        Assert.Equal(0, exitCode);
    }

    private static IReadOnlyList<Snippet> ReadmeSnippets() =>
        Snippet.FromMarkdown("README.md", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "README.md")));
}
