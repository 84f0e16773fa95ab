using System.Globalization;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Kpr.Core.Services;

/// <summary>
/// What the catalogue knows about one service code: names, Helsedirektoratet group, validity period and what
/// replaced it. Obtained from <see cref="ServiceCatalogue"/>; immutable.
/// </summary>
/// <remarks>Validity is inclusive at both ends. An empty start (<see cref="ValidFrom"/> null) means the code existed
/// before KPR's first statistics year (<see cref="KprCoreInfo.FirstYear"/>); the catalogue does not date codes before
/// that, so earlier dates are answered as if the 2018 code set applied.</remarks>
[JsonConverter(typeof(ServiceCodeInfoJsonConverter))]
public sealed class ServiceCodeInfo : IFormattable
{
    internal ServiceCodeInfo(
        ServiceCode code, string name, string nameEn, ServiceGroup group, LocalDate? validFrom, LocalDate? validTo,
        SourceConfidence confidence, string notes)
    {
        Code = code;
        Name = name;
        NameEn = nameEn;
        Group = group;
        ValidFrom = validFrom;
        ValidTo = validTo;
        Confidence = confidence;
        Notes = notes;
    }

    /// <summary>The code.</summary>
    public ServiceCode Code { get; }

    /// <summary>The Norwegian name (Helsedirektoratet's wording), e.g. <c>Helsetjenester i hjemmet</c>.</summary>
    public string Name { get; }

    /// <summary>The English name, e.g. <c>Health care at home (home nursing)</c>.</summary>
    public string NameEn { get; }

    /// <summary>The code's group among Helsedirektoratet's five (<see cref="ServiceCatalogue.HdirGrouping"/>).</summary>
    public ServiceGroup Group { get; }

    /// <summary>The first day the code is valid, or null when it existed before 2018.</summary>
    public LocalDate? ValidFrom { get; }

    /// <summary>The last day the code is valid, or null when it is still valid.</summary>
    public LocalDate? ValidTo { get; }

    /// <summary>What happened after the code ended.</summary>
    public ServiceCodeSuccession Succession { get; private init; }

    /// <summary>The code that replaces this one (<see cref="ServiceCodeSuccession.ReplacedByCode"/>), else null.</summary>
    public ServiceCode? ReplacedBy { get; private init; }

    /// <summary>The group in which leftover records (after the code ended) are counted
    /// (<see cref="ServiceCodeSuccession.BecamePersonAttribute"/>: 16 → <c>hjemmeboende</c>), else null.</summary>
    public ServiceGroup? LeftoversGroup { get; private init; }

    /// <summary>How firmly the row rests on its sources.</summary>
    public SourceConfidence Confidence { get; }

    /// <summary>Source notes (English), e.g. on disagreeing sources; may be empty.</summary>
    public string Notes { get; }

    internal ServiceCodeInfo WithSuccession(ServiceCodeSuccession succession, ServiceCode? replacedBy, ServiceGroup? leftoversGroup) =>
        new(Code, Name, NameEn, Group, ValidFrom, ValidTo, Confidence, Notes)
        {
            Succession = succession,
            ReplacedBy = replacedBy,
            LeftoversGroup = leftoversGroup,
        };

    /// <summary>Whether the code is valid on a date (start and end inclusive).</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether it is valid.</returns>
    public bool IsValidOn(LocalDate date) => StatusOn(date) == ServiceCodeStatus.Valid;

    /// <summary>The code's standing on a date: valid, not yet valid or ended (never unknown).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The status.</returns>
    public ServiceCodeStatus StatusOn(LocalDate date) =>
        ValidFrom is { } from && date < from ? ServiceCodeStatus.NotYetValid
        : ValidTo is { } to && date > to ? ServiceCodeStatus.Ended
        : ServiceCodeStatus.Valid;

    internal string DisplayName(IFormatProvider? provider) => ServiceGroup.IsNorwegian(provider) ? Name : NameEn;

    /// <summary>Code and Norwegian name, e.g. <c>15 Helsetjenester i hjemmet</c> (culture-invariant).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Code + " " + Name;

    /// <summary>Formats the row: <c>null</c>/<c>"G"</c> as <see cref="ToString()"/>; <c>"N"</c> code and name in the
    /// provider's language (Norwegian for nb, nn, no; English otherwise).</summary>
    /// <param name="format">G or N.</param>
    /// <param name="formatProvider">The culture; null means the current culture.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">Unknown format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => format switch
    {
        null or "" or "G" or "g" => ToString(),
        "N" or "n" => Code + " " + DisplayName(formatProvider),
        _ => throw new FormatException($"Unknown service code info format '{format}': use G or N."),
    };

    internal static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    internal string SuccessionText() => Succession switch
    {
        ServiceCodeSuccession.ReplacedByCode => string.Create(CultureInfo.InvariantCulture, $"replaced by {ReplacedBy}"),
        ServiceCodeSuccession.BecamePersonAttribute =>
            $"from then on a person attribute; leftover records are counted in group {LeftoversGroup?.Id}",
        _ => "no successor",
    };
}
