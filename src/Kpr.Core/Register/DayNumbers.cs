using NodaTime;

namespace Kpr.Core.Register;

/// <summary>
/// Dates as day numbers, the form the columnar <see cref="EpisodeRegister"/> stores: days since 0001-01-01
/// (<see cref="DateOnly.DayNumber"/>), so 2019-01-01 is 737 059. <see cref="Open"/> marks an open end.
/// </summary>
internal static class DayNumbers
{
    /// <summary>The day number of an open end date (and of "no death date"): larger than every real date.</summary>
    public const int Open = int.MaxValue;

    /// <summary>The day number of a date.</summary>
    /// <param name="date">The date (ISO calendar).</param>
    /// <returns>Days since 0001-01-01.</returns>
    public static int From(LocalDate date) => date.ToDateOnly().DayNumber;

    /// <summary>The date of a day number.</summary>
    /// <param name="dayNumber">Days since 0001-01-01 (not <see cref="Open"/>).</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The number is not a date.</exception>
    public static LocalDate ToDate(int dayNumber) => LocalDate.FromDateOnly(DateOnly.FromDayNumber(dayNumber));

    /// <summary>The day number of 1 January of a year.</summary>
    /// <param name="year">The year (1–9999).</param>
    /// <returns>The day number.</returns>
    public static int StartOfYear(int year) => new DateOnly(year, 1, 1).DayNumber;

    /// <summary>The day number of 31 December of a year.</summary>
    /// <param name="year">The year (1–9999).</param>
    /// <returns>The day number.</returns>
    public static int EndOfYear(int year) => new DateOnly(year, 12, 31).DayNumber;
}
