namespace TraffickingCare.Domain.Cases;

/// <summary>
/// The non-identifying data the statistics count a person by, each a code of its code list. Nothing
/// here names the person: the age is the age when the exploitation began, not a date of birth.
/// </summary>
public sealed record PersonProfile(
    string? SexCode,
    int? AgeAtExploitation,
    string? CitizenshipCode,
    string? EducationCode,
    string? MaritalStatusCode,
    string? ResidenceMunicipalityCode)
{
    public const int MaxAge = 120;

    /// <summary>Younger than this when the exploitation began: a child victim, whatever the age today.</summary>
    public const int AdultAge = 18;

    public static readonly PersonProfile Unknown = new(null, null, null, null, null, null);

    /// <summary>Completed years on a day (a birthday on 29 February counts from 1 March in other years).</summary>
    public static int AgeOn(DateOnly dateOfBirth, DateOnly day)
    {
        var age = day.Year - dateOfBirth.Year;

        // AddYears would move 29 February to the 28th; the rule (STATISTICS.md) says the 1st of March.
        var birthday = dateOfBirth is { Month: 2, Day: 29 } && !DateTime.IsLeapYear(day.Year)
            ? new DateOnly(day.Year, 3, 1)
            : new DateOnly(day.Year, dateOfBirth.Month, dateOfBirth.Day);
        return day < birthday ? age - 1 : age;
    }
}
