using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Shelter;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Data.Seeding;

/// <summary>
/// Individual plans of the demo residents: goals in every phase with reviews, progress notes (one amended), approved
/// phase changes for the longer stays and, for the first resident, a proposal waiting for the coordinator. Written
/// by the first shelter worker and decided by the first coordinator; nothing is written without both.
/// </summary>
public sealed class SyntheticIndividualPlans(string staffId, string coordinatorId)
{
    private static readonly (ShelterPhase Phase, GoalArea Area, string Text, int DueDay)[] Goals =
    [
        (ShelterPhase.Stabilisation, GoalArea.Health, "Lekarski pregled i potrebna terapija", 7),
        (ShelterPhase.Stabilisation, GoalArea.Documents, "Lična karta i zdravstvena knjižica", 25),
        (ShelterPhase.Recovery, GoalArea.Psychological, "Redovni razgovori sa psihološkinjom", 70),
        (ShelterPhase.Recovery, GoalArea.Education, "Upis u kurs računara", 90),
        (ShelterPhase.Independence, GoalArea.Employment, "Posao sa ugovorom", 160),
        (ShelterPhase.Independence, GoalArea.Housing, "Iznajmljen stan i budžet za prva tri meseca", 190),
    ];

    public static async Task<SyntheticIndividualPlans?> ForAsync(AppDbContext db, CancellationToken ct)
    {
        var staff = await FirstInRoleAsync(db, Roles.ShelterStaff, ct);
        var coordinator = await FirstInRoleAsync(db, Roles.Coordinator, ct);
        return staff is null || coordinator is null ? null : new SyntheticIndividualPlans(staff, coordinator);
    }

    public void Fill(Placement placement, int index, DateTime now)
    {
        var admitted = placement.AdmittedAtUtc;
        var days = (now - admitted).TotalDays;
        var goals = Goals.Select(g => (g.Phase, Goal: placement.AddGoal(g.Phase, g.Area, g.Text, "Pratnja i dogovor sa korisnicom", staffId, placement.AdmittedOn.AddDays(g.DueDay)))).ToList();

        var first = placement.WriteNote("Smeštena, upoznata sa pravilima kuće. Mirna, umorna.", staffId, admitted.AddHours(2));
        if (days > 3)
        {
            placement.WriteNote("Ispravka: upoznata sa pravilima drugog dana, uz prevodioca.", staffId, admitted.AddDays(3), first.Id);
        }

        for (var day = 7; day < days; day += 14)
        {
            placement.WriteNote($"Nedeljni razgovor: dan boravka {day}. Spava bolje, učestvuje u radionicama.", staffId, admitted.AddDays(day));
        }

        if (days > 3)
        {
            Review(placement, goals, ShelterPhase.Stabilisation, admitted.AddDays(Math.Min(days, 20)));
        }
        if (index > 0 && days > 35)
        {
            Advance(placement, ShelterPhase.Recovery, admitted.AddDays(30), now);
            Review(placement, goals, ShelterPhase.Recovery, admitted.AddDays(Math.Min(days, 80)));
        }

        if (index > 0 && days > 110 && index % 2 == 0)
        {
            Advance(placement, ShelterPhase.Independence, admitted.AddDays(100), now);
        }

        if (index == 0)
        {
            placement.ProposePhase(ShelterPhase.Recovery, "Ciljevi stabilizacije su ostvareni: pregled obavljen, dokumenti predati.", null, staffId, now.AddHours(-3));
        }
    }

    private void Review(Placement placement, List<(ShelterPhase Phase, PlanGoal Goal)> goals, ShelterPhase phase, DateTime at)
    {
        foreach (var (_, goal) in goals.Where(g => g.Phase == phase))
        {
            placement.ReviewGoal(goal.Id, GoalStatus.InProgress, "Započeto.", staffId, at.AddDays(-2));
            placement.ReviewGoal(goal.Id, goal.Area is GoalArea.Education ? GoalStatus.InProgress : GoalStatus.Achieved, null, staffId, at);
        }
    }

    private void Advance(Placement placement, ShelterPhase to, DateTime at, DateTime now)
    {
        var change = placement.ProposePhase(to, "Ciljevi prethodne faze su pregledani i uglavnom ostvareni.", null, staffId, at);
        var decided = at.AddDays(1) < now ? at.AddDays(1) : now;
        placement.ApprovePhase(change.Id, coordinatorId, decided, DateOnly.FromDateTime(CentreClock.ToLocal(decided)));
    }

    internal static Task<string?> FirstInRoleAsync(AppDbContext db, string role, CancellationToken ct) =>
        db.Users.AsNoTracking()
            .Where(u => !u.IsDisabled && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)))
            .OrderBy(u => u.UserName).Select(u => u.Id).FirstOrDefaultAsync(ct);
}
