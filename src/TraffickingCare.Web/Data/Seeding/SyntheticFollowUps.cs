using TraffickingCare.Domain.Shelter;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Data.Seeding;

/// <summary>
/// Follow-up contacts after the demo's past stays, for the first shelter staff member: about half of the exits have
/// a contact a month later with its outcome recorded, and exits of the last six weeks have an open one (on "Moj rad").
/// Its own fixed random, so the other demo data stay as they were; no text about anyone but a few invented notes.
/// </summary>
public sealed class SyntheticFollowUps(AppDbContext db, string staffId, DateOnly today)
{
    private static readonly string[] Notes = ["Radi i stanuje sa drugaricom, zadovoljna.", "Traži pomoć oko prijave na evidenciju zaposlenih.", "Nije se javila na dva poziva."];

    private readonly Random random = new(1912);

    public static async Task<SyntheticFollowUps?> ForAsync(AppDbContext db, DateTime now, CancellationToken ct) =>
        await SyntheticIndividualPlans.FirstInRoleAsync(db, Roles.ShelterStaff, ct) is { } staff
            ? new SyntheticFollowUps(db, staff, DateOnly.FromDateTime(CentreClock.ToLocal(now)))
            : null;

    public void Add(Placement placement)
    {
        var exitedOn = placement.ExitedOn!.Value;
        if (exitedOn >= today.AddDays(-42))
        {
            db.ShelterFollowUps.Add(ShelterFollowUp.Schedule(placement, exitedOn.AddDays(14 + random.Next(0, 21)), staffId));
            return;
        }

        if (random.Next(2) == 0)
        {
            return;
        }

        var followUp = ShelterFollowUp.Schedule(placement, exitedOn.AddDays(30), staffId);
        var outcome = (FollowUpOutcome)random.Next(Enum.GetValues<FollowUpOutcome>().Length);
        var note = random.Next(3) == 0 ? Notes[(int)outcome % Notes.Length] : null;
        followUp.Record(placement, outcome, exitedOn.AddDays(30 + random.Next(0, 5)), note, today);
        db.ShelterFollowUps.Add(followUp);
    }
}
