namespace Kpr.Core.Register;

/// <summary>Internal access to the column arrays, so that counting kernels can share them without copying.</summary>
public sealed partial class EpisodeRegister
{
    internal int[] PersonOffsetsArray => _personOffsets;
    internal short[] BirthYearsArray => _birthYears;
    internal byte[] SexesArray => _sexes;
    internal int[] DeathDaysArray => _deathDays;
    internal int[] StartDaysArray => _startDays;
    internal int[] EndDaysArray => _endDays;
    internal byte[] CodesArray => _codes;
    internal ushort[] MunicipalityIndicesArray => _municipalityIndices;
    internal byte[] FlagsArray => _flags;
}

/// <summary>Per-year validity of the register's municipality codes, for residence computed inside counting kernels.</summary>
public sealed partial class EpisodeRegister
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, bool[]> _validInYear = new();

    /// <summary>For each municipality index, whether its code was valid at some time in the year (the first
    /// preference of <see cref="ResidenceIndex(int, int)"/>).</summary>
    internal bool[] MunicipalityValidInYear(int year) => _validInYear.GetOrAdd(year, y =>
    {
        var yearStart = DayNumbers.StartOfYear(y);
        var yearEnd = DayNumbers.EndOfYear(y);
        var valid = new bool[_municipalities.Length];
        for (var m = 0; m < valid.Length; m++)
        {
            valid[m] = ValidInYear(m, yearStart, yearEnd);
        }
        return valid;
    });
}
