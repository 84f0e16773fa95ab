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
    private readonly ServiceCodeInfo? _info;

    internal ServiceRecoding(ServiceCode original, LocalDate date, RecodeOutcome outcome, ServiceCode? code, ServiceGroup? group, ServiceCodeInfo? info)
    {
        Original = original;
        Date = date;
        Outcome = outcome;
        Code = code;
        Group = group;
        _info = info;
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
    /// <remarks>Built on demand, so recoding millions of records allocates nothing.</remarks>
    public string Reason
    {
        get
        {
            var iso = ServiceCodeInfo.Iso(Date);
            return Outcome switch
            {
                RecodeOutcome.Unchanged => $"{Original} on {iso}: valid, unchanged.",
                RecodeOutcome.Recoded =>
                    $"{Original} → {Code} on {iso}: {Original} ended on {ServiceCodeInfo.Iso(_info!.ValidTo!.Value)} ({_info.SuccessionText()}).",
                RecodeOutcome.CountedInGroup =>
                    $"{Original} on {iso}: ended on {ServiceCodeInfo.Iso(_info!.ValidTo!.Value)} ({_info.SuccessionText()}); counted in group {Group!.Id} without a code.",
                RecodeOutcome.NotValidOnDate => new ServiceCodeLookup(Original, Date, _info!.StatusOn(Date), _info).Message + " Not counted.",
                _ => $"{Original} on {iso}: not in the service code catalogue; not counted.",
            };
        }
    }

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
