using NodaTime;

namespace Kpr.Core.Services;

/// <summary>
/// The answer to "what did this code mean on this date?" (<see cref="ServiceCatalogue.Lookup"/>): the status,
/// the catalogue row when the code is known (also when it is not valid on the date), and a message for people.
/// </summary>
public readonly struct ServiceCodeLookup : IEquatable<ServiceCodeLookup>
{
    internal ServiceCodeLookup(ServiceCode code, LocalDate date, ServiceCodeStatus status, ServiceCodeInfo? info)
    {
        Code = code;
        Date = date;
        Status = status;
        Info = info;
    }

    /// <summary>The code asked about.</summary>
    public ServiceCode Code { get; }

    /// <summary>The date asked about.</summary>
    public LocalDate Date { get; }

    /// <summary>Valid, not yet valid, ended or unknown.</summary>
    public ServiceCodeStatus Status { get; }

    /// <summary>The catalogue row, or null when the code is unknown.</summary>
    public ServiceCodeInfo? Info { get; }

    /// <summary>Whether the code is valid on the date.</summary>
    public bool IsValid => Status == ServiceCodeStatus.Valid;

    /// <summary>A sentence naming the code, the date and the reason, e.g. <c>Service code 27 is not valid on
    /// 2018-06-01: it is valid from 2019-01-01.</c> (English, culture-invariant; no record contents).</summary>
    public string Message
    {
        get
        {
            var date = ServiceCodeInfo.Iso(Date);
            return Status switch
            {
                ServiceCodeStatus.Valid => $"Service code {Code} ({Info!.Name}) is valid on {date}.",
                ServiceCodeStatus.NotYetValid => $"Service code {Code} is not valid on {date}: it is valid from {ServiceCodeInfo.Iso(Info!.ValidFrom!.Value)}.",
                ServiceCodeStatus.Ended => $"Service code {Code} is not valid on {date}: it ended on {ServiceCodeInfo.Iso(Info!.ValidTo!.Value)} ({Info.SuccessionText()}).",
                _ => $"Service code {Code} is not in the service code catalogue (asked about {date}).",
            };
        }
    }

    /// <summary>The catalogue row when the code is valid on the date.</summary>
    /// <returns>The row.</returns>
    /// <exception cref="ServiceCodeException">The code is unknown or not valid on the date; the message is
    /// <see cref="Message"/>.</exception>
    public ServiceCodeInfo GetValidInfoOrThrow() =>
        IsValid ? Info! : throw new ServiceCodeException(Code, Date, Status, Message);

    /// <summary>The <see cref="Message"/>.</summary>
    /// <returns>The message.</returns>
    public override string ToString() => Message;

    /// <inheritdoc/>
    public bool Equals(ServiceCodeLookup other) =>
        Code == other.Code && Date == other.Date && Status == other.Status && ReferenceEquals(Info, other.Info);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ServiceCodeLookup other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Code, Date, Status);

    /// <summary>Equality of all parts.</summary>
    /// <param name="left">A lookup.</param>
    /// <param name="right">Another lookup.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(ServiceCodeLookup left, ServiceCodeLookup right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">A lookup.</param>
    /// <param name="right">Another lookup.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ServiceCodeLookup left, ServiceCodeLookup right) => !left.Equals(right);
}
