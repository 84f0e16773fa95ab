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
