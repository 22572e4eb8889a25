using TraffickingCare.Web.Identity;

namespace TraffickingCare.Web.Data.Seeding;

/// <summary>The Development accounts: synthetic people, one per role (two caseworkers, to show case assignment).</summary>
public static class DemoUsers
{
    public static readonly IReadOnlyList<(string UserName, string DisplayName, string Role)> All =
    [
        ("radnik", "Demo Stručni Radnik", Roles.Caseworker),
        ("radnik2", "Demo Stručna Radnica", Roles.Caseworker),
        ("koordinator", "Demo Koordinator", Roles.Coordinator),
        ("prihvatiliste", "Demo Prihvatilište", Roles.ShelterStaff),
        ("rukovodstvo", "Demo Rukovodstvo", Roles.Management),
        ("admin", "Demo Administrator", Roles.Administrator),
    ];
}
