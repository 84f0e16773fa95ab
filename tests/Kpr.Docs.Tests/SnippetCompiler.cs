using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Kpr.Docs.Tests;

/// <summary>
/// Compiles a snippet as a top-level program the way a newcomer's <c>dotnet run app.cs</c> would (C# latest, nullable
/// on, the SDK's implicit usings) against the Kpr.Core libraries built beside the tests (never the kpr executable),
/// and runs it with the console captured.
/// </summary>
internal static class SnippetCompiler
{
    private static readonly string[] ImplicitUsings =
        ["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks"];

    private static readonly Lazy<MetadataReference[]> References = new(LoadReferences);
    private static readonly Lock ConsoleLock = new();

    /// <summary>Compiles; returns the assembly bytes, or the diagnostics (errors and warnings) as text.</summary>
    public static (byte[]? Assembly, string Diagnostics) Compile(Snippet snippet)
    {
        var options = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);
        var globalUsings = string.Join('\n', ImplicitUsings.Select(u => $"global using {u};"));
        var trees = new[]
        {
            CSharpSyntaxTree.ParseText(globalUsings, options, path: "GlobalUsings.g.cs"),
            CSharpSyntaxTree.ParseText(snippet.Code, options, path: snippet.ToString()),
        };
        var compilation = CSharpCompilation.Create(
            "Snippet" + snippet.Line,
            trees,
            References.Value,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        var problems = result.Diagnostics
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Select(d => d.ToString())
            .ToList();
        return (result.Success && problems.Count == 0 ? stream.ToArray() : null, string.Join('\n', problems));
    }

    /// <summary>Runs a compiled program's entry point with no arguments; returns its exit code and console output.</summary>
    public static (int ExitCode, string Output) Run(byte[] assembly)
    {
        var context = new AssemblyLoadContext("snippet", isCollectible: true);
        try
        {
            var entry = context.LoadFromStream(new MemoryStream(assembly)).EntryPoint
                ?? throw new InvalidOperationException("The snippet has no entry point.");
            lock (ConsoleLock)
            {
                var original = Console.Out;
                using var output = new StringWriter();
                Console.SetOut(output);
                try
                {
                    var returned = entry.Invoke(null, entry.GetParameters().Length == 0 ? [] : [Array.Empty<string>()]);
                    if (returned is Task task)
                    {
                        task.GetAwaiter().GetResult();
                        returned = task.GetType().GetProperty("Result")?.GetValue(task);
                    }
                    return (returned as int? ?? 0, output.ToString());
                }
                finally
                {
                    Console.SetOut(original);
                }
            }
        }
        finally
        {
            context.Unload();
        }
    }

    // The framework's reference set plus the Kpr.Core libraries in the test output and what they depend on.
    private static MetadataReference[] LoadReferences()
    {
        var framework = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal)
                || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll" or "Microsoft.Win32.Primitives.dll")
            .Where(p => Path.GetDirectoryName(p) != Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory));
        var libraries = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Queue<string>(Directory.GetFiles(AppContext.BaseDirectory, "Kpr.Core*.dll"));
        while (pending.TryDequeue(out var path))
        {
            if (!libraries.Add(path))
            {
                continue;
            }
            foreach (var reference in ReferencedNames(path))
            {
                var candidate = Path.Combine(AppContext.BaseDirectory, reference + ".dll");
                if (File.Exists(candidate))
                {
                    pending.Enqueue(candidate);
                }
            }
        }
        return framework.Concat(libraries).Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToArray();
    }

    private static IEnumerable<string> ReferencedNames(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
        var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
        return metadata.AssemblyReferences.Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name)).ToList();
    }
}
