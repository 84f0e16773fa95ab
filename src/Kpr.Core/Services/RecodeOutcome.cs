namespace Kpr.Core.Services;

/// <summary>What <see cref="ServiceCatalogue.Recode"/> did with a code on a date.</summary>
public enum RecodeOutcome
{
    /// <summary>The code is valid on the date and is used as it is.</summary>
    Unchanged,

    /// <summary>The code had ended and was replaced by its successor, which is valid on the date (12 or 13 → 29
    /// from 2019).</summary>
    Recoded,

    /// <summary>The code had ended without a successor code, but its leftover records are still counted in a group
    /// (16 from 2019 → group <c>hjemmeboende</c>); there is no code to count under.</summary>
    CountedInGroup,

    /// <summary>The code is known but not valid on the date and no rule saves it (e.g. 29 before 2019): a
    /// validation issue, not counted.</summary>
    NotValidOnDate,

    /// <summary>The catalogue does not know the code: a validation issue, not counted.</summary>
    Unknown,
}
