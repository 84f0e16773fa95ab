namespace Kpr.Core.Regions;

/// <summary>
/// One of the 19 helsefellesskap (health communities of hospital trusts and municipalities, Nasjonal helse- og
/// sykehusplan 2020–2023). They coincide with the hospital trusts' catchment areas (foretaksområder), except that
/// Oslo is one helsefellesskap although its districts belong to several hospitals.
/// </summary>
/// <remarks>
/// <para>Names: "Finnmark" and "Akershus universitetssykehus" are Helsedirektoratet's; the other 17 are SKDE's short
/// names (<see cref="NameIsVerified"/> is false), see docs/data-sources.md.</para>
/// <para>Equality is by <see cref="Id"/>. Thread safety: immutable.</para>
/// </remarks>
public sealed class Helsefellesskap : IEquatable<Helsefellesskap>
{
    internal Helsefellesskap(string id, string name, string helseforetak, RegionalHealthAuthority authority, bool nameIsVerified)
    {
        Id = id;
        Name = name;
        Helseforetak = helseforetak;
        RegionalHealthAuthority = authority;
        NameIsVerified = nameIsVerified;
    }

    /// <summary>Stable identifier in lower-case ASCII, e.g. <c>oslo</c>, <c>st_olav</c>, <c>more_og_romsdal</c>.</summary>
    public string Id { get; }

    /// <summary>Display name, e.g. <c>St. Olavs hospital</c>.</summary>
    public string Name { get; }

    /// <summary>The hospital trust(s) of the area as the source writes them, e.g. <c>St. Olavs hospital HF</c>.</summary>
    public string Helseforetak { get; }

    /// <summary>The regional health authority that owns the trust(s).</summary>
    public RegionalHealthAuthority RegionalHealthAuthority { get; }

    /// <summary>True when the display name is Helsedirektoratet's own; false for SKDE short names not yet checked.</summary>
    public bool NameIsVerified { get; }

    /// <inheritdoc/>
    public bool Equals(Helsefellesskap? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Helsefellesskap);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <summary>The id, e.g. <c>st_olav</c>.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Id;
}
