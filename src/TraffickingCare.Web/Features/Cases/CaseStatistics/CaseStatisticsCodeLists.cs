using TraffickingCare.Domain.Cases;

namespace TraffickingCare.Web.Features.Cases.CaseStatistics;

/// <summary>The code lists the profile and exploitation forms offer, by their names in code-lists.json.</summary>
public static class CaseStatisticsCodeLists
{
    public const string Sex = "Sex";
    public const string Citizenship = "Citizenship";
    public const string Education = "Education";
    public const string MaritalStatus = "MaritalStatus";
    public const string Municipality = "Municipality";
    public const string Language = "Language";
    public const string Vulnerability = "Vulnerability";
    public const string ExploitationType = "ExploitationType";
    public const string RecruitmentMethod = "RecruitmentMethod";
    public const string RelationshipToTrafficker = "RelationshipToTrafficker";
    public const string MethodOfControl = "MethodOfControl";

    /// <summary>The list a several-valued field takes its codes from: countries of exploitation are ISO codes, like citizenship.</summary>
    public static string For(string field) => field switch
    {
        CaseCodeFields.Language => Language,
        CaseCodeFields.Vulnerability => Vulnerability,
        CaseCodeFields.ExploitationType => ExploitationType,
        CaseCodeFields.ExploitationCountry => Citizenship,
        CaseCodeFields.MethodOfControl => MethodOfControl,
        CaseCodeFields.FurtherCitizenship => Citizenship,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };
}
