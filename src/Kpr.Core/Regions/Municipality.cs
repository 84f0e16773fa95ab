using System.Globalization;
using NodaTime;

namespace Kpr.Core.Regions;

/// <summary>
/// One municipality code with one name during one period: a row of SSB's municipality classification
/// (KLASS 131). A code that was renamed or got a Sami/Kven parallel name has several periods.
/// </summary>
/// <remarks>
/// <para>Validity is inclusive at both ends. <see cref="ValidFrom"/> is null when the code already had this name
/// before 2018-01-01 (the start was not researched; the data cover 2017-12-31 … 2026-12-31).
/// <see cref="ValidTo"/> is null while the period is still open.</para>
/// <para>Equality is reference equality: every period exists once in <see cref="MunicipalityHistory"/>.</para>
/// <para>Thread safety: immutable.</para>
/// </remarks>
public sealed class Municipality
{
    internal Municipality(MunicipalityCode code, string name, LocalDate? validFrom, LocalDate? validTo, IReadOnlyList<string> parallelNames)
    {
        Code = code;
        Name = name;
        ValidFrom = validFrom;
        ValidTo = validTo;
        ParallelNames = parallelNames;
    }

    /// <summary>The municipality code.</summary>
    public MunicipalityCode Code { get; }

    /// <summary>The Norwegian name exactly as SSB writes it, with SSB's county qualifier where SSB uses one
    /// (from 2020, e.g. <c>Herøy (Nordland)</c>).</summary>
    public string Name { get; }

    /// <summary>The name without a trailing SSB county qualifier, e.g. <c>Herøy</c> for <c>Herøy (Nordland)</c>.</summary>
    public string NameWithoutQualifier
    {
        get
        {
            var open = Name.LastIndexOf(" (", StringComparison.Ordinal);
            return open > 0 && Name.EndsWith(')') ? Name[..open] : Name;
        }
    }

    /// <summary>Sami and/or Kven parallel names in SSB's order (empty when there are none), e.g. <c>Hárstták</c> for Harstad.</summary>
    public IReadOnlyList<string> ParallelNames { get; }

    /// <summary>First day of this period, or null when it began before 2018-01-01 (start date not in the data).</summary>
    public LocalDate? ValidFrom { get; }

    /// <summary>Last day of this period, or null when it is still valid.</summary>
    public LocalDate? ValidTo { get; }

    /// <summary>Whether this period covers <paramref name="date"/> (both ends inclusive; an open end covers everything on that side).</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when the code had this name on the date.</returns>
    public bool IsValidOn(LocalDate date) =>
        (ValidFrom is not { } from || from <= date) && (ValidTo is not { } to || date <= to);

    /// <summary>Code and name, e.g. <c>4601 Bergen</c>, culture-invariant.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Code} {Name}");
}
