using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Support;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Features.Shared.Work;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Network;

/// <summary>
/// "Moj rad": the active actors, on the open cases the assignee leads or is on the team of, whose last contact has
/// gone stale (entered by hand and derived from services, visits and conferences alike). One SQL command finds them
/// (the hand-entered date, then a NOT EXISTS per contact source) and stops at <see cref="IWorkSource.MaxItems"/>;
/// one grouped command per source then reads the derived dates of those few cases only, for the due day shown.
/// </summary>
public sealed class NetworkWorkSource(AppDbContext db, CaseAccess access, NetworkContactDates dates, IOptions<NetworkOptions> options, IStringLocalizer<SharedResource> l) : IWorkSource
{
    public async Task<IReadOnlyList<WorkItem>> ListAsync(WorkScope scope, CancellationToken ct)
    {
        var staleDays = options.Value.StaleContactDays;
        var freshSince = scope.Today.AddDays(-staleDays);
        var assignee = scope.AssigneeId;
        var cases = access.WorkOf(scope.Viewer, assignee).Where(c => c.Status != CaseStatus.Closed);
        // From the assignee's cases to their actors (the (CaseId, EndedOn, ...) index), never every actor of the Centre.
        var handStale = cases.SelectMany(c => db.NetworkActors.Where(a => a.CaseId == c.Id && a.EndedOn == null && (a.LastContactOn == null || a.LastContactOn < freshSince)));
        // Read as a stream and stopped at the limit, with no ORDER BY: SQLite then stops at the 200th stale actor instead
        // of testing every actor of every case to sort them first (a caseworker of the 100,000-case benchmark leads
        // 18,000 open cases: 5 s of CPU with the sort). "Moj rad" orders what it shows by due day.
        var candidates = await dates.WithoutMomentSince(db, handStale, freshSince)
            .Select(a => new
            {
                a.CaseId,
                a.PartnerId,
                a.Sector,
                a.LastContactOn,
                a.CreatedAtUtc,
                Code = db.Cases.Where(c => c.Id == a.CaseId).Select(c => c.Code).First(),
                Partner = db.Partners.Where(p => p.Id == a.PartnerId).Select(p => p.Name).FirstOrDefault(),
            })
            .AsNoTracking()
            .AsAsyncEnumerable()
            .Take(IWorkSource.MaxItems)
            .ToListAsync(ct);
        var caseIds = candidates.Select(a => a.CaseId).Distinct().ToList();
        var derived = candidates.Count == 0 ? [] : await dates.LatestAsync(db, cases.Select(c => c.Id).Where(id => caseIds.Contains(id)), ct);
        var rows = candidates
            .Select(a => new
            {
                a.CaseId,
                a.Sector,
                a.LastContactOn,
                Derived = a.PartnerId is { } partner && derived.TryGetValue((a.CaseId, partner), out var on) ? on : (DateOnly?)null,
                a.CreatedAtUtc,
                a.Code,
                a.Partner,
            });

        return [.. rows.Select(r =>
        {
            var last = NetworkContact.Last(r.LastContactOn, r.Derived);
            var due = last is { } on ? NetworkContact.StaleFrom(on, staleDays) : DateOnly.FromDateTime(Infrastructure.Time.CentreClock.ToLocal(r.CreatedAtUtc));
            var sector = l["Network.Sector." + r.Sector].Value;
            return new WorkItem("Network.Work.StaleContact", l["Network.Work.StaleTitle", r.Partner ?? sector, sector].Value, r.Code, due, null,
                new WorkLink("Network", nameof(NetworkController.Index), "caseId", r.CaseId));
        })];
    }
}
