namespace Kpr.Core.Aggregation;

/// <summary>Day → year index and month index (months counted from January of the first year).</summary>
internal sealed class CountingCalendar
{
    public CountingCalendar(int fromDay, int toDay)
    {
        var from = DateOnly.FromDayNumber(fromDay);
        FirstYear = from.Year;
        YearCount = DateOnly.FromDayNumber(toDay).Year - FirstYear + 1;
        var n = toDay - fromDay + 1;
        YearIndex = new byte[Math.Max(n, 0)];
        MonthIndex = new short[Math.Max(n, 0)];
        for (var i = 0; i < n; i++)
        {
            var d = DateOnly.FromDayNumber(fromDay + i);
            YearIndex[i] = (byte)(d.Year - FirstYear);
            MonthIndex[i] = (short)(((d.Year - FirstYear) * 12) + d.Month - 1);
        }
    }

    public int FirstYear { get; }
    public int YearCount { get; }
    public byte[] YearIndex { get; }
    public short[] MonthIndex { get; }
}
