using NodaTime;

namespace Kpr.Core.Regions;

/// <summary>
/// One of Oslo's districts (bydeler) with the hospital whose catchment it belongs to. Extra information only:
/// Oslo (0301) is one helsefellesskap in Helsedirektoratet's statistics.
/// </summary>
/// <remarks>Alna (030112) has two rows: Akershus universitetssykehus until 2025-12-31, Oslo universitetssykehus from 2026.
/// Thread safety: immutable.</remarks>
public sealed class OsloDistrict
{
    internal OsloDistrict(string code, string name, string hospital, string servingHelsefellesskapId, LocalDate? validFrom, LocalDate? validTo, string notes)
    {
        Code = code;
        Name = name;
        Hospital = hospital;
        ServingHelsefellesskapId = servingHelsefellesskapId;
        ValidFrom = validFrom;
        ValidTo = validTo;
        Notes = notes;
    }

    /// <summary>The six-digit district code, e.g. <c>030112</c>.</summary>
    public string Code { get; }

    /// <summary>The district name, e.g. <c>Alna</c>.</summary>
    public string Name { get; }

    /// <summary>The hospital of the district's catchment, e.g. <c>Lovisenberg Diakonale Sykehus</c>.</summary>
    public string Hospital { get; }

    /// <summary>The helsefellesskap of the hospital trust serving the district (<c>oslo</c>, or <c>akershus</c> for Grorud,
    /// Stovner and — until 2025 — Alna). Statistics by helsefellesskap still count the whole of Oslo under <c>oslo</c>.</summary>
    public string ServingHelsefellesskapId { get; }

    /// <summary>First day, or null when the assignment predates the data.</summary>
    public LocalDate? ValidFrom { get; }

    /// <summary>Last day, or null while open.</summary>
    public LocalDate? ValidTo { get; }

    /// <summary>Source notes.</summary>
    public string Notes { get; }

    /// <summary>The code and name, e.g. <c>030112 Alna</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Code + " " + Name;
}
