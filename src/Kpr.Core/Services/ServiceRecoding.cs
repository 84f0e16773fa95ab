using NodaTime;

namespace Kpr.Core.Services;

/// <summary>
/// The result of recoding one code on one date for statistics (<see cref="ServiceCatalogue.Recode"/>): the code and
/// Helsedirektoratet group to count under, and what was done to get there.
/// </summary>
/// <remarks>Invariants: <see cref="Code"/>, when present, is valid on <see cref="Date"/>; recoding it again gives
/// <see cref="RecodeOutcome.Unchanged"/> with the same code (idempotence). <see cref="Group"/> is present exactly
/// when the record counts (<see cref="IsCounted"/>).</remarks>
public readonly struct ServiceRecoding : IEquatable<ServiceRecoding>
{
    internal ServiceRecoding(ServiceCode original, LocalDate date, RecodeOutcome outcome, ServiceCode? code, ServiceGroup? group, string reason)
    {
        Original = original;
        Date = date;
        Outcome = outcome;
        Code = code;
        Group = group;
        Reason = reason;
    }

    /// <summary>The code as given.</summary>
    public ServiceCode Original { get; }

    /// <summary>The date the code was recoded for.</summary>
    public LocalDate Date { get; }

    /// <summary>What was done.</summary>
    public RecodeOutcome Outcome { get; }

    /// <summary>The code to count under (valid on <see cref="Date"/>), or null when there is none
    /// (<see cref="RecodeOutcome.CountedInGroup"/>, <see cref="RecodeOutcome.NotValidOnDate"/>,
    /// <see cref="RecodeOutcome.Unknown"/>).</summary>
    public ServiceCode? Code { get; }

    /// <summary>The Helsedirektoratet group to count under, or null when the record is not counted.</summary>
    public ServiceGroup? Group { get; }

    /// <summary>Whether the code was changed (<see cref="RecodeOutcome.Recoded"/>).</summary>
    public bool IsRecoded => Outcome == RecodeOutcome.Recoded;

    /// <summary>Whether the record counts in statistics (it has a <see cref="Group"/>).</summary>
    public bool IsCounted => Group is not null;

    /// <summary>Why, in one English sentence naming code and date, e.g. <c>12 → 29 on 2019-03-01: 12 ended on
    /// 2018-12-31 (replaced by 29).</c></summary>
    public string Reason { get; }

    /// <summary>The <see cref="Reason"/>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Reason;

    /// <inheritdoc/>
    public bool Equals(ServiceRecoding other) =>
        Original == other.Original && Date == other.Date && Outcome == other.Outcome && Code == other.Code
        && Equals(Group, other.Group);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ServiceRecoding other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Original, Date, Outcome, Code);

    /// <summary>Equality of all parts.</summary>
    /// <param name="left">A result.</param>
    /// <param name="right">Another result.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(ServiceRecoding left, ServiceRecoding right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">A result.</param>
    /// <param name="right">Another result.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ServiceRecoding left, ServiceRecoding right) => !left.Equals(right);
}
