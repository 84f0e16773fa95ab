using NodaTime;

namespace Kpr.Core.Services;

/// <summary>
/// A service code is unknown to the catalogue, or not valid on the date asked about. The message names the code
/// and the date; the properties carry them for programs.
/// </summary>
public sealed class ServiceCodeException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="code">The code.</param>
    /// <param name="date">The date asked about, or null for an undated look-up.</param>
    /// <param name="status">Why the code was refused.</param>
    /// <param name="message">The message naming code and date.</param>
    public ServiceCodeException(ServiceCode code, LocalDate? date, ServiceCodeStatus status, string message)
        : base(message ?? throw new ArgumentNullException(nameof(message)))
    {
        Code = code;
        Date = date;
        Status = status;
    }

    /// <summary>The code.</summary>
    public ServiceCode Code { get; }

    /// <summary>The date asked about, or null for an undated look-up.</summary>
    public LocalDate? Date { get; }

    /// <summary>Why the code was refused (never <see cref="ServiceCodeStatus.Valid"/>).</summary>
    public ServiceCodeStatus Status { get; }
}
