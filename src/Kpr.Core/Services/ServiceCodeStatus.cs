namespace Kpr.Core.Services;

/// <summary>The standing of a code on a date (see <see cref="ServiceCatalogue.Lookup"/>).</summary>
public enum ServiceCodeStatus
{
    /// <summary>The code is in the catalogue and valid on the date.</summary>
    Valid,

    /// <summary>The code is in the catalogue but starts after the date (e.g. 29 before 2019).</summary>
    NotYetValid,

    /// <summary>The code is in the catalogue but ended before the date (e.g. 12 after 2018).</summary>
    Ended,

    /// <summary>The catalogue does not know the code at all (e.g. 10).</summary>
    Unknown,
}
