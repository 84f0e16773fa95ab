using System.Globalization;
using Kpr.Core.Internal;
using NodaTime;

namespace Kpr.Core.Aggregation;

/// <summary>
/// When recipients are counted: at a date (point in time, "per 31.12": services active on the date) or during a year
/// (services overlapping the year). Age and residence are taken for <see cref="Year"/> (age on 31 December).
/// </summary>
public readonly struct CountingPeriod : IEquatable<CountingPeriod>
{
    private CountingPeriod(LocalDate from, LocalDate to)
    {
        From = from;
        To = to;
    }

    /// <summary>First day counted.</summary>
    public LocalDate From { get; }

    /// <summary>Last day counted.</summary>
    public LocalDate To { get; }

    /// <summary>The year for age and residence: the year of <see cref="To"/>.</summary>
    public int Year => To.Year;

    /// <summary>Whether this is a single date.</summary>
    public bool IsPointInTime => From == To;

    /// <summary>Services active on a date: start ≤ date and end open or ≥ date; persons who died before the date are not counted.</summary>
    /// <param name="date">The date, typically 31 December.</param>
    public static CountingPeriod At(LocalDate date) => new(date, date);

    /// <summary>31 December of a year (Helsedirektoratet's "per 31.12").</summary>
    /// <param name="year">The year.</param>
    public static CountingPeriod YearEnd(int year)
    {
        Preconditions.CheckRange(year, 1900, 9998);
        return At(new LocalDate(year, 12, 31));
    }

    /// <summary>Services overlapping a year ("i løpet av året"); persons who died before the year are not counted.</summary>
    /// <param name="year">The year.</param>
    public static CountingPeriod During(int year)
    {
        Preconditions.CheckRange(year, 1900, 9998);
        return new(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
    }

    /// <summary>Same dates.</summary>
    public bool Equals(CountingPeriod other) => From == other.From && To == other.To;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CountingPeriod other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(From, To);

    /// <summary>Equality.</summary>
    public static bool operator ==(CountingPeriod left, CountingPeriod right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(CountingPeriod left, CountingPeriod right) => !left.Equals(right);

    /// <summary><c>2020-12-31</c> for a date, <c>2020</c> for a year.</summary>
    public override string ToString() =>
        IsPointInTime ? From.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)
        : From.Month == 1 && From.Day == 1 && To.Month == 12 && To.Day == 31 && From.Year == To.Year ? Year.ToString(CultureInfo.InvariantCulture)
        : From.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) + ".." + To.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
