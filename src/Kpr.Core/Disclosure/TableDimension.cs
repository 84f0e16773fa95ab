using System.Collections.ObjectModel;
using Kpr.Core.Internal;

namespace Kpr.Core.Disclosure;

/// <summary>
/// One dimension of a <see cref="CountTable"/>: an ordered list of category codes arranged as a forest, where a
/// category with children is a margin (its count is the sum of its children's counts when the dimension is additive).
/// </summary>
/// <remarks>
/// <para>Three shapes cover the published KPR tables:</para>
/// <list type="bullet">
/// <item><see cref="WithTotal"/>: a total and its parts (sex: total = 1 + 2; age groups and their total).</item>
/// <item><see cref="Hierarchy"/>: several levels (country / regional health authority / helsefellesskap / municipality).</item>
/// <item><see cref="Independent"/>: categories side by side with no sum relation (several years, no total).</item>
/// </list>
/// <para>A dimension is <em>additive</em> when a parent's count equals the sum of its children's counts. Counts of
/// distinct persons over service groups are not additive (a person with two groups is counted once in the total);
/// mark such a dimension with <see cref="AsNonAdditive"/> so that no false sum relation is assumed. The audit then
/// treats its margins as independent cells (an intruder could still use inequalities such as total ≤ sum of parts;
/// these are not used).</para>
/// <para>Codes are compared ordinally. Immutable and thread-safe.</para>
/// </remarks>
public sealed class TableDimension
{
    private readonly string[] _codes;
    private readonly int[] _parents;
    private readonly int[][] _children;
    private readonly Dictionary<string, int> _index;

    private TableDimension(string name, string[] codes, int[] parents, bool isAdditive)
    {
        Name = name;
        _codes = codes;
        _parents = parents;
        IsAdditive = isAdditive;
        _index = new Dictionary<string, int>(codes.Length, StringComparer.Ordinal);
        for (var i = 0; i < codes.Length; i++)
        {
            if (string.IsNullOrEmpty(codes[i]))
            {
                throw new ArgumentException($"Dimension '{name}': category {i} has an empty code.", nameof(codes));
            }
            if (!_index.TryAdd(codes[i], i))
            {
                throw new ArgumentException($"Dimension '{name}': category code '{codes[i]}' occurs twice.", nameof(codes));
            }
        }
        var children = new List<int>[codes.Length];
        for (var i = 0; i < codes.Length; i++)
        {
            children[i] = [];
        }
        for (var i = 0; i < codes.Length; i++)
        {
            if (parents[i] >= 0)
            {
                children[parents[i]].Add(i);
            }
        }
        _children = children.Select(c => c.ToArray()).ToArray();
        Categories = new ReadOnlyCollection<string>(codes);
    }

    /// <summary>The dimension's name, e.g. <c>sex</c> or <c>helsefellesskap</c>.</summary>
    public string Name { get; }

    /// <summary>The category codes in table order (margins included).</summary>
    public IReadOnlyList<string> Categories { get; }

    /// <summary>The number of categories, margins included.</summary>
    public int Count => _codes.Length;

    /// <summary>Whether a parent's count is the sum of its children's counts (see remarks on the type).</summary>
    public bool IsAdditive { get; }

    /// <summary>A flat dimension with a total first and its parts after it, e.g. <c>WithTotal("sex", "total", "1", "2")</c>.</summary>
    /// <param name="name">The dimension's name.</param>
    /// <param name="total">The code of the total category.</param>
    /// <param name="parts">The codes of the parts (at least one).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No parts, or a code is empty or repeated.</exception>
    public static TableDimension WithTotal(string name, string total, params string[] parts)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(total);
        ArgumentNullException.ThrowIfNull(parts);
        Preconditions.CheckArgument(parts.Length > 0, nameof(parts), $"Dimension '{name}' needs at least one part besides its total.");
        var codes = new string[parts.Length + 1];
        codes[0] = total;
        parts.CopyTo(codes, 1);
        var parents = new int[codes.Length];
        parents[0] = -1;
        return new TableDimension(name, codes, parents, isAdditive: true);
    }

    /// <summary>A dimension whose categories stand side by side with no sum relation, e.g. several years.</summary>
    /// <param name="name">The dimension's name.</param>
    /// <param name="categories">The category codes (at least one).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No categories, or a code is empty or repeated.</exception>
    public static TableDimension Independent(string name, params string[] categories)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(categories);
        Preconditions.CheckArgument(categories.Length > 0, nameof(categories), $"Dimension '{name}' needs at least one category.");
        var parents = Enumerable.Repeat(-1, categories.Length).ToArray();
        return new TableDimension(name, (string[])categories.Clone(), parents, isAdditive: true);
    }

    /// <summary>
    /// A hierarchical dimension given as (code, parent code) pairs in table order; roots have a null parent. A parent
    /// must be listed before its children. Example: country / RHA / helsefellesskap / municipality.
    /// </summary>
    /// <param name="name">The dimension's name.</param>
    /// <param name="categories">The categories with their parents.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No categories, a repeated or empty code, or a parent that is unknown or listed after its child.</exception>
    public static TableDimension Hierarchy(string name, IEnumerable<(string Code, string? Parent)> categories)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(categories);
        var list = categories.ToList();
        Preconditions.CheckArgument(list.Count > 0, nameof(categories), $"Dimension '{name}' needs at least one category.");
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var codes = new string[list.Count];
        var parents = new int[list.Count];
        for (var i = 0; i < list.Count; i++)
        {
            var (code, parent) = list[i];
            codes[i] = code ?? throw new ArgumentException($"Dimension '{name}': category {i} has a null code.", nameof(categories));
            if (parent is null)
            {
                parents[i] = -1;
            }
            else if (seen.TryGetValue(parent, out var p))
            {
                parents[i] = p;
            }
            else
            {
                throw new ArgumentException(
                    $"Dimension '{name}': the parent '{parent}' of '{code}' is unknown or listed after it.", nameof(categories));
            }
            seen.TryAdd(code, i);
        }
        return new TableDimension(name, codes, parents, isAdditive: true);
    }

    /// <summary>This dimension with its margins marked as not the sum of their parts (distinct-person totals).</summary>
    /// <returns>A copy that is not additive.</returns>
    public TableDimension AsNonAdditive() => new(Name, _codes, _parents, isAdditive: false);

    /// <summary>The position of a category code.</summary>
    /// <param name="code">The category code.</param>
    /// <returns>The index in <see cref="Categories"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The code is not a category of this dimension.</exception>
    public int IndexOf(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _index.TryGetValue(code, out var i)
            ? i
            : throw new KeyNotFoundException($"Dimension '{Name}' has no category '{code}'.");
    }

    /// <summary>Whether <paramref name="code"/> is a category of this dimension.</summary>
    /// <param name="code">The category code.</param>
    /// <returns>True when the code is known.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public bool Contains(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _index.ContainsKey(code);
    }

    /// <summary>The index of a category's parent, or -1 for a root.</summary>
    /// <param name="index">The category index.</param>
    /// <returns>The parent index or -1.</returns>
    public int ParentOf(int index) => _parents[index];

    /// <summary>The indices of a category's children (empty for a leaf).</summary>
    /// <param name="index">The category index.</param>
    /// <returns>The child indices in table order.</returns>
    public IReadOnlyList<int> ChildrenOf(int index) => _children[index];

    /// <summary>Whether a category has no children (an innermost category, not a margin).</summary>
    /// <param name="index">The category index.</param>
    /// <returns>True for a leaf.</returns>
    public bool IsLeaf(int index) => _children[index].Length == 0;

    /// <summary>The depth of a category: 0 for a root, 1 for its children, and so on.</summary>
    /// <param name="index">The category index.</param>
    /// <returns>The depth.</returns>
    public int DepthOf(int index)
    {
        var depth = 0;
        for (var p = _parents[index]; p >= 0; p = _parents[p])
        {
            depth++;
        }
        return depth;
    }

    internal int[] ChildrenArray(int index) => _children[index];

    /// <summary>The name and codes, e.g. <c>sex[total&gt;(1,2)]</c> (invariant).</summary>
    /// <returns>A description for messages and test output.</returns>
    public override string ToString() => $"{Name}[{string.Join(",", _codes)}]{(IsAdditive ? "" : " (non-additive)")}";
}
