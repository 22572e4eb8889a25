using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Support;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Data.Seeding;

/// <summary>
/// Services (about 13 a case, of every type, mostly advisory, psychological and legal) and a few field visits for a
/// synthetic case, between its opening and its closure (or today). Partners give some services and join some visits
/// when the directory has entries; otherwise the team gives everything. Deterministic: its own random sequence, so the
/// cases themselves stay as they were generated before.
/// </summary>
internal sealed class SyntheticSupportPlan
{
    private static readonly (string Code, int Weight, int Minutes)[] Services =
    [
        ("SocialCare", 30, 45), ("Psychological", 20, 60), ("Legal", 12, 60), ("Psychotherapy", 6, 50), ("Health", 6, 90),
        ("Accommodation", 4, 30), ("Financial", 4, 30), ("Education", 3, 60), ("Livelihood", 3, 60), ("Interpretation", 3, 60),
        ("ReturnAndRepatriation", 1, 240), ("Escort", 6, 180), ("Other", 2, 30),
    ];

    private static readonly string[] Purposes = ["Assessment", "Monitoring", "FamilyWork", "InstitutionMeeting", "Safety", "Other"];

    private static readonly string[] Notes =
    [
        "Sintetički zapis: razgovor o planu podrške.",
        "Sintetički zapis: dogovoreni naredni koraci.",
        "Sintetički zapis: pratnja i podrška tokom postupka.",
    ];

    private readonly Random random = new(2028);
    private readonly IReadOnlyList<Guid> partners;
    private readonly DateTime now;
    private readonly DateOnly today;
    private readonly int totalWeight = Services.Sum(s => s.Weight);

    private SyntheticSupportPlan(IReadOnlyList<Guid> partners, DateTime now)
    {
        this.partners = partners;
        this.now = now;
        today = DateOnly.FromDateTime(CentreClock.ToLocal(now));
    }

    /// <summary>Reads the partner directory once (empty until the partner demo data is seeded).</summary>
    public static async Task<SyntheticSupportPlan> LoadAsync(AppDbContext db, DateTime now, CancellationToken ct) =>
        new(await db.Partners.Where(p => p.MergedIntoId == null).OrderBy(p => p.Name).Select(p => p.Id).ToListAsync(ct), now);

    public void Give(AppDbContext db, CaseFile file, string lead, string colleague, DateTime openedAtUtc)
    {
        var opened = DateOnly.FromDateTime(CentreClock.ToLocal(openedAtUtc));
        var end = file.ClosedAtUtc is { } closed ? DateOnly.FromDateTime(CentreClock.ToLocal(closed)) : today;
        var span = end.DayNumber - opened.DayNumber;
        if (span < 0)
        {
            return;
        }

        // About 13 a case: with the visits and the network, about 20 rows of support work a case, the shape issue 16 asks
        // the benchmark's million cases to have (20 million service, visit and network rows).
        var count = random.Next(6, 21);
        for (var i = 0; i < count; i++)
        {
            var (type, _, minutes) = PickService();
            var on = opened.AddDays(random.Next(span + 1));
            var giver = partners.Count > 0 && random.Next(4) == 0
                ? StaffOrPartner.Partner(partners[random.Next(partners.Count)])
                : StaffOrPartner.Staff(random.Next(10) < 8 ? lead : colleague);
            var details = new ServiceDetails(type, on, Math.Max(10, minutes + (random.Next(-2, 3) * 15)), giver, random.Next(4) == 0 ? Notes[random.Next(Notes.Length)] : null);
            db.CaseServices.Add(CaseService.Log(file.Id, details, lead, WrittenOn(on), today));
        }

        var visits = random.Next(4);
        for (var i = 0; i < visits; i++)
        {
            var on = opened.AddDays(random.Next(span + 1));
            var participants = new List<StaffOrPartner> { StaffOrPartner.Staff(lead) };
            if (random.Next(2) == 0)
            {
                participants.Add(StaffOrPartner.Staff(colleague));
            }

            if (partners.Count > 0 && random.Next(2) == 0)
            {
                participants.Add(StaffOrPartner.Partner(partners[random.Next(partners.Count)]));
            }

            var due = file.ClosedAtUtc is null && random.Next(2) == 0 ? Latest(on, today.AddDays(random.Next(-10, 21))) : (DateOnly?)null;
            var details = new FieldVisitDetails(
                on,
                (VisitPlace)random.Next(4),
                Purposes[random.Next(Purposes.Length)],
                participants.Distinct().ToList(),
                "Sintetički zapis: ishod posete.",
                due is null ? null : "Sintetički zapis: sledeći korak.",
                due);
            db.FieldVisits.Add(FieldVisit.Record(file.Id, details, lead, WrittenOn(on), today));
        }
    }

    private (string Code, int Weight, int Minutes) PickService()
    {
        var roll = random.Next(totalWeight);
        foreach (var service in Services)
        {
            roll -= service.Weight;
            if (roll < 0)
            {
                return service;
            }
        }

        return Services[^1];
    }

    /// <summary>Written up the afternoon it happened, never after the generator's now.</summary>
    private DateTime WrittenOn(DateOnly on)
    {
        var written = CentreClock.ToUtc(on, new TimeOnly(15, 0));
        return written < now ? written : now;
    }

    private static DateOnly Latest(DateOnly a, DateOnly b) => a > b ? a : b;
}
