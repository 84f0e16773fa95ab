using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Serialization;

namespace Kpr.Core.Services;

/// <summary>
/// A named set of service codes, one group of a <see cref="ServiceGrouping"/>: for example Helsedirektoratet's
/// <c>hjemmeboende</c> (Tjenester til hjemmeboende) or SSB's <c>ssb_institusjon</c>.
/// </summary>
/// <remarks>
/// <para>Membership is not dated: a group lists every code that belongs to it whenever that code is valid; which
/// codes are valid on a date is the catalogue's business (<see cref="ServiceCatalogue.ValidOn"/>).</para>
/// <para>In JSON a group is an object with id, names and codes (<see cref="ServiceGroupJsonConverter"/>).</para>
/// <para>Equality is by value: same id, names and codes. <see cref="ToString()"/> gives the id, which is what CSV and
/// JSON output use; <see cref="ToString(string?, IFormatProvider?)"/> with <c>"N"</c> gives the display name.</para>
/// </remarks>
[JsonConverter(typeof(ServiceGroupJsonConverter))]
public sealed class ServiceGroup : IEquatable<ServiceGroup>, IFormattable
{
    private ServiceGroup(string id, string name, string nameEn, ImmutableArray<ServiceCode> codes)
    {
        Id = id;
        Name = name;
        NameEn = nameEn;
        Codes = codes;
    }

    /// <summary>The group's id, e.g. <c>hjemmeboende</c> (the <c>group_id</c> of service_groups.csv).</summary>
    public string Id { get; }

    /// <summary>The Norwegian name, e.g. <c>Tjenester til hjemmeboende</c>.</summary>
    public string Name { get; }

    /// <summary>The English name, e.g. <c>Services to people living at home</c>.</summary>
    public string NameEn { get; }

    /// <summary>The codes in the group, in ascending order, without duplicates.</summary>
    public ImmutableArray<ServiceCode> Codes { get; }

    /// <summary>Creates a group, e.g. for a user-defined <see cref="ServiceGrouping"/>.</summary>
    /// <param name="id">A short id (no white space), e.g. <c>praktisk_bistand</c>.</param>
    /// <param name="name">The Norwegian name.</param>
    /// <param name="nameEn">The English name.</param>
    /// <param name="codes">The codes; duplicates are ignored; at least one.</param>
    /// <returns>The group.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The id is empty or has white space, a name is empty, there are no codes
    /// or a code is <c>default(ServiceCode)</c>.</exception>
    public static ServiceGroup Create(string id, string name, string nameEn, IEnumerable<ServiceCode> codes)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(nameEn);
        ArgumentNullException.ThrowIfNull(codes);
        if (id.Length == 0 || id.Any(char.IsWhiteSpace))
        {
            throw new ArgumentException($"A group id must be non-empty without white space, got '{id}'.", nameof(id));
        }
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(nameEn);
        var sorted = codes.Distinct().Order().ToImmutableArray();
        if (sorted.IsEmpty)
        {
            throw new ArgumentException($"Group '{id}' has no codes.", nameof(codes));
        }
        if (sorted[0].Number == 0)
        {
            throw new ArgumentException($"Group '{id}' contains default(ServiceCode), which is not a code.", nameof(codes));
        }
        return new ServiceGroup(id, name, nameEn, sorted);
    }

    /// <summary>Whether a code belongs to the group.</summary>
    /// <param name="code">The code.</param>
    /// <returns>Whether it is one of <see cref="Codes"/>.</returns>
    public bool Contains(ServiceCode code) => Codes.BinarySearch(code) >= 0;

    /// <summary>The id, e.g. <c>hjemmeboende</c> (culture-invariant).</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Id;

    /// <summary>Formats the group: <c>null</c>/<c>"G"</c> the id; <c>"N"</c> the name, Norwegian when the provider is a
    /// Norwegian culture (nb, nn, no), English otherwise.</summary>
    /// <param name="format">G or N.</param>
    /// <param name="formatProvider">The culture for <c>"N"</c>; null means the current culture.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">Unknown format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => format switch
    {
        null or "" or "G" or "g" => Id,
        "N" or "n" => IsNorwegian(formatProvider) ? Name : NameEn,
        _ => throw new FormatException($"Unknown service group format '{format}': use G or N."),
    };

    internal static bool IsNorwegian(IFormatProvider? provider)
    {
        var culture = provider as CultureInfo ?? CultureInfo.CurrentCulture;
        return culture.TwoLetterISOLanguageName is "nb" or "nn" or "no";
    }

    /// <inheritdoc/>
    public bool Equals(ServiceGroup? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (string.Equals(Id, other.Id, StringComparison.Ordinal) && string.Equals(Name, other.Name, StringComparison.Ordinal)
             && string.Equals(NameEn, other.NameEn, StringComparison.Ordinal) && Codes.SequenceEqual(other.Codes)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ServiceGroup);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);
}
