using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Conferences;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Data.Seeding;

/// <summary>
/// Case conferences for identified synthetic cases spread over every year of the caseload, so the conference
/// figures have earlier years to compare with: a held conference a month after the case opened, with the case's
/// lead (who chairs; colleagues off the case's team could not open it) and the institutions of its support network
/// (most present), two action items settled on
/// time, late, dropped or still open; every tenth case also has one scheduled in the coming weeks. Relative to the
/// generator's clock, deterministic, bounded, one save; nothing when conferences exist already.
/// </summary>
internal static class SyntheticConferencesPlan
{
    public const int MaxCases = 200;

    private static readonly AgendaLine[] Agenda = [new("Plan podrške"), new("Školovanje i zapošljavanje"), new("Zdravstvena zaštita"), new("Smeštaj i bezbednost")];

    public static async Task AddAsync(AppDbContext db, IReadOnlyList<string> caseworkers, DateTime now, CancellationToken ct)
    {
        if (caseworkers.Count == 0 || await db.CaseConferences.AnyAsync(ct))
        {
            return;
        }

        // Every n-th identified case, so that each year of the caseload has its conferences.
        var identified = await db.Cases.AsNoTracking().Where(c => c.Status == CaseStatus.IdentifiedVictim || c.Status == CaseStatus.Closed)
            .OrderBy(c => c.CodeYear).ThenBy(c => c.CodeSequence).Select(c => new { c.Id, c.LeadCaseworkerId, c.OpenedAtUtc, c.Status }).ToListAsync(ct);
        var step = Math.Max(1, identified.Count / MaxCases);
        var cases = identified.Where((_, i) => i % step == 0).Take(MaxCases).ToList();
        var ids = cases.Select(c => c.Id).ToList();
        var actors = (await db.NetworkActors.AsNoTracking().Where(a => ids.Contains(a.CaseId) && a.PartnerId != null)
            .Select(a => new { a.CaseId, PartnerId = a.PartnerId!.Value, a.PartnerContactId }).ToListAsync(ct))
            .ToLookup(a => a.CaseId);
        var random = new Random(600);
        var today = DateOnly.FromDateTime(CentreClock.ToLocal(now));
        for (var n = 0; n < cases.Count; n++)
        {
            var file = cases[n];
            var lead = string.IsNullOrEmpty(file.LeadCaseworkerId) ? caseworkers[0] : file.LeadCaseworkerId;
            var day = DateOnly.FromDateTime(CentreClock.ToLocal(file.OpenedAtUtc)).AddDays(random.Next(20, 45));
            if (day < today)
            {
                db.CaseConferences.Add(Held(file.Id, day, lead, [.. actors[file.Id].Take(4).Select(a => (a.PartnerId, a.PartnerContactId))], today, random));
            }

            if (n % 10 == 0 && file.Status != CaseStatus.Closed)
            {
                var ahead = CentreClock.ToUtc(today.AddDays(random.Next(2, 28)), new TimeOnly(10 + random.Next(4), 0));
                db.CaseConferences.Add(CaseConference.Schedule(file.Id, Plan(ahead, lead, [.. actors[file.Id].Take(3).Select(a => (a.PartnerId, a.PartnerContactId))]), now));
            }
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    private static CaseConference Held(Guid caseId, DateOnly day, string lead, IReadOnlyList<(Guid PartnerId, Guid? ContactId)> partners, DateOnly today, Random random)
    {
        var startsAt = CentreClock.ToUtc(day, new TimeOnly(10, 0));
        var conference = CaseConference.Schedule(caseId, Plan(startsAt, lead, partners), startsAt.AddDays(-7));
        conference.Record(new ConferenceRecord(
            conference.Participants.ToDictionary(p => p.Id, p => p.Kind == ParticipantKind.Partner && random.Next(5) == 0 ? Attendance.Excused : Attendance.Present),
            conference.Agenda.ToDictionary(a => a.Id, a => (string?)"Dogovoreni sledeći koraci."),
            "Nastaviti podršku prema planu.",
            "Tim slučaja koordinira sledeće korake."));
        for (var i = 0; i < 2; i++)
        {
            var due = day.AddDays(random.Next(7, 30));
            var item = conference.AddActionItem(i == 0 ? "Dostaviti dokumentaciju" : "Organizovati sastanak sa ustanovom", i == 0 ? lead : null, i == 0 ? null : "Centar za socijalni rad", due, day);
            var settled = due.AddDays(random.Next(-5, 8));
            var outcome = random.Next(10);
            if (outcome < 8 && settled < today)
            {
                conference.SettleActionItem(item.Id, outcome < 7 ? ActionItemStatus.Done : ActionItemStatus.Dropped, settled);
            }
        }

        conference.Close(lead, startsAt.AddHours(1));
        return conference;
    }

    private static ConferencePlan Plan(DateTime startsAt, string lead, IReadOnlyList<(Guid PartnerId, Guid? ContactId)> partners) =>
        new(startsAt, 60, ConferencePlace.Remote, null, lead,
            [
                new(ParticipantKind.Staff, UserId: lead),
                .. partners.Select(p => new ParticipantDetails(ParticipantKind.Partner, PartnerId: p.PartnerId, ContactId: p.ContactId, Role: "predstavnik ustanove")),
            ],
            Agenda);
}
