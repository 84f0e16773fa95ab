using System.Collections.Immutable;
using Kpr.Core.Internal;

namespace Kpr.Core.Aggregation;

/// <summary>
/// One dimension of a <see cref="Cube"/> as counted: its name (the column name in exports, e.g. <c>age_group</c>)
/// and its ordered value ids (e.g. <c>80-89</c>). Every axis also has a margin at index <see cref="TotalIndex"/>,
/// exported with the id <see cref="Total"/>.
/// </summary>
public sealed class CubeAxis : IEquatable<CubeAxis>
{
    /// <summary>The value id of the margin (all values of the axis together).</summary>
    public const string Total = "total";

    private readonly Dictionary<string, int> _index;

    private CubeAxis(string name, ImmutableArray<string> values, bool isAdditive = true)
    {
        Name = name;
        Values = values;
        IsAdditive = isAdditive;
        _index = new Dictionary<string, int>(values.Length + 1, StringComparer.Ordinal);
        for (var i = 0; i < values.Length; i++)
        {
            if (!_index.TryAdd(values[i], i))
            {
                throw new ArgumentException($"Axis '{name}' has the value '{values[i]}' twice.", nameof(values));
            }
        }
        _index[Total] = values.Length;
    }

    /// <summary>The axis name, used as the column name in exports (e.g. <c>service_group</c>).</summary>
    public string Name { get; }

    /// <summary>The value ids in their order; the margin is not among them.</summary>
    public ImmutableArray<string> Values { get; }

    /// <summary>Number of values, not counting the margin.</summary>
    public int Count => Values.Length;

    /// <summary>The index of the margin: <see cref="Count"/>.</summary>
    public int TotalIndex => Values.Length;

    /// <summary>
    /// Whether the margin of a cube of distinct persons is the sum of the values on this axis: false for a service
    /// axis (a person with two services counts once in the total; see <see cref="Dimension.IsAdditive"/>). In a cube
    /// of services every margin is a sum whatever this says. Not part of equality.
    /// </summary>
    public bool IsAdditive { get; }

    /// <summary>Creates an axis.</summary>
    /// <param name="name">Column name; letters, digits and underscores.</param>
    /// <param name="values">Distinct value ids, none equal to <see cref="Total"/>.</param>
    public static CubeAxis Create(string name, IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(values);
        Preconditions.CheckArgument(name.Length > 0, nameof(name), "An axis needs a name.");
        var list = values.ToImmutableArray();
        foreach (var v in list)
        {
            Preconditions.CheckArgument(v is not null, nameof(values), "Axis values cannot be null.");
            Preconditions.CheckArgument(!string.Equals(v, Total, StringComparison.Ordinal), nameof(values),
                $"'{Total}' is reserved for the margin.");
        }
        return new CubeAxis(name, list);
    }

    /// <summary>Creates an axis whose margin is (or is not) the sum of its values when distinct persons are counted.</summary>
    /// <param name="name">Column name; letters, digits and underscores.</param>
    /// <param name="values">Distinct value ids, none equal to <see cref="Total"/>.</param>
    /// <param name="isAdditive">False for a service axis (see <see cref="IsAdditive"/>).</param>
    public static CubeAxis Create(string name, IEnumerable<string> values, bool isAdditive) => Create(name, values).WithAdditive(isAdditive);

    internal CubeAxis WithAdditive(bool isAdditive) => isAdditive == IsAdditive ? this : new CubeAxis(Name, Values, isAdditive);

    /// <summary>The index of a value id (<see cref="Total"/> gives <see cref="TotalIndex"/>), or -1.</summary>
    public int IndexOf(string valueId)
    {
        ArgumentNullException.ThrowIfNull(valueId);
        return _index.TryGetValue(valueId, out var i) ? i : -1;
    }

    /// <summary>The id at an index; <see cref="TotalIndex"/> gives <see cref="Total"/>.</summary>
    public string ValueAt(int index)
    {
        Preconditions.CheckRange(index, 0, Values.Length);
        return index == Values.Length ? Total : Values[index];
    }

    /// <summary>Same name and the same values in the same order.</summary>
    public bool Equals(CubeAxis? other) =>
        other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal) && Values.SequenceEqual(other.Values, StringComparer.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CubeAxis);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Name), Values.Length);

    /// <summary>The name and the number of values, e.g. <c>age_group[6]</c>.</summary>
    public override string ToString() => $"{Name}[{Values.Length}]";
}
