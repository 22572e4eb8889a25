namespace TraffickingCare.Domain.Cases;

/// <summary>The several-valued fields of a case, as stored in <see cref="CaseCodeListValue.Field"/>. Never renamed once used.</summary>
public static class CaseCodeFields
{
    public const string Language = "Language";
    public const string Vulnerability = "Vulnerability";
    public const string ExploitationType = "ExploitationType";
    public const string ExploitationCountry = "ExploitationCountry";
    public const string MethodOfControl = "MethodOfControl";

    /// <summary>Citizenships besides the profile's own (<see cref="PersonProfile.CitizenshipCode"/>): dual citizens.</summary>
    public const string FurtherCitizenship = "FurtherCitizenship";

    public static readonly IReadOnlyList<string> All = [Language, Vulnerability, ExploitationType, ExploitationCountry, MethodOfControl, FurtherCitizenship];
}
