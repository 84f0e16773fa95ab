namespace Kpr.Docs.Tests;

/// <summary>A fenced C# block of a Markdown file, with the line it starts on (for messages).</summary>
public sealed record Snippet(string File, int Line, string Code)
{
    /// <summary>The ```csharp blocks of a Markdown text, in order.</summary>
    public static IReadOnlyList<Snippet> FromMarkdown(string file, string markdown)
    {
        var snippets = new List<Snippet>();
        var lines = markdown.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var fence = lines[i].TrimEnd('\r').Trim();
            if (fence is not ("```csharp" or "```cs" or "```c#"))
            {
                continue;
            }
            var start = i + 1;
            var end = start;
            while (end < lines.Length && lines[end].TrimEnd('\r').Trim() != "```")
            {
                end++;
            }
            if (end == lines.Length)
            {
                throw new FormatException($"{file}:{i + 1}: a ```csharp block is never closed.");
            }
            snippets.Add(new Snippet(file, start + 1, string.Join('\n', lines[start..end].Select(l => l.TrimEnd('\r')))));
            i = end;
        }
        return snippets;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{File}:{Line}";
}
