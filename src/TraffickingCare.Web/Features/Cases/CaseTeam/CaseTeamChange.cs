namespace TraffickingCare.Web.Features.Cases.CaseTeam;

/// <summary>What the coordinator does to a case's staffing; posted by name ("lead", "add"...), bound case-insensitively.</summary>
public enum CaseTeamChange
{
    Lead,
    Add,
    Remove,
    Restrict,
    Unrestrict,
}
