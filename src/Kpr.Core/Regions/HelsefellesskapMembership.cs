using System.Globalization;
using NodaTime;

namespace Kpr.Core.Regions;

/// <summary>One row of the municipality → helsefellesskap table: a code belongs to a helsefellesskap during a period.</summary>
/// <remarks>
/// <para>Rows for 2018–2019 give the hospital catchment of the time: helsefellesskap started in 2020.</para>
/// <para>Thread safety: immutable.</para>
/// </remarks>
public sealed class HelsefellesskapMembership
{
    /// <summary>Creates a row (for a user-supplied table; see <see cref="HelsefellesskapDirectory.Create"/>).</summary>
    /// <param name="municipality">The municipality code.</param>
    /// <param name="helsefellesskapId">The helsefellesskap id, e.g. <c>bergen</c>.</param>
    /// <param name="validFrom">First day, or null for "from the start of the data".</param>
    /// <param name="validTo">Last day, or null while open.</param>
    /// <param name="alternativeId">For a disputed row, the other helsefellesskap it could belong to; otherwise null.</param>
    /// <param name="notes">Free text about the source or dispute; may be empty.</param>
    /// <exception cref="ArgumentNullException"><paramref name="helsefellesskapId"/> or <paramref name="notes"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="validTo"/> is before <paramref name="validFrom"/>.</exception>
    public HelsefellesskapMembership(MunicipalityCode municipality, string helsefellesskapId, LocalDate? validFrom, LocalDate? validTo, string? alternativeId, string notes)
    {
        ArgumentNullException.ThrowIfNull(helsefellesskapId);
        ArgumentNullException.ThrowIfNull(notes);
        if (validFrom is { } f && validTo is { } t && t < f)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"valid_to {t:uuuu'-'MM'-'dd} is before valid_from {f:uuuu'-'MM'-'dd}."), nameof(validTo));
        }
        Municipality = municipality;
        HelsefellesskapId = helsefellesskapId;
        ValidFrom = validFrom;
        ValidTo = validTo;
        AlternativeId = alternativeId;
        Notes = notes;
    }

    /// <summary>The municipality code.</summary>
    public MunicipalityCode Municipality { get; }

    /// <summary>The helsefellesskap id.</summary>
    public string HelsefellesskapId { get; }

    /// <summary>First day (inclusive), or null for "from the start of the data".</summary>
    public LocalDate? ValidFrom { get; }

    /// <summary>Last day (inclusive), or null while open.</summary>
    public LocalDate? ValidTo { get; }

    /// <summary>True when the sources disagree about this membership (Gulen 4635 and Eidfjord 4619 in the built-in table).</summary>
    public bool IsDisputed => AlternativeId is not null;

    /// <summary>For a disputed row, the helsefellesskap the municipality would belong to under the other reading.</summary>
    public string? AlternativeId { get; }

    /// <summary>Source notes (the built-in table explains the evidence for each disputed row).</summary>
    public string Notes { get; }

    /// <summary>Whether the row covers the date (both ends inclusive).</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when covered.</returns>
    public bool IsValidOn(LocalDate date) =>
        (ValidFrom is not { } from || from <= date) && (ValidTo is not { } to || date <= to);

    /// <summary>E.g. <c>4635 -&gt; bergen 2024-01-01..</c>, culture-invariant.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Municipality} -> {HelsefellesskapId} {ValidFrom:uuuu'-'MM'-'dd}..{ValidTo:uuuu'-'MM'-'dd}");
}
