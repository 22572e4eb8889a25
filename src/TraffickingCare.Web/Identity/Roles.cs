namespace TraffickingCare.Web.Identity;

/// <summary>The roles of docs/domain.md. Role names are stored, so they never change.</summary>
public static class Roles
{
    public const string Caseworker = "Caseworker";
    public const string Coordinator = "Coordinator";
    public const string ShelterStaff = "ShelterStaff";
    public const string Management = "Management";
    public const string Administrator = "Administrator";

    public static readonly IReadOnlyList<string> All =
        [Caseworker, Coordinator, ShelterStaff, Management, Administrator];
}
