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
/// gone stale (entered by hand and derived from services, visits and conferences alike). One SQL command for the
/// actors whose hand-entered date is stale, and one grouped command per contact source for the derived dates.
/// </summary>
public sealed class NetworkWorkSource(AppDbContext db, CaseAccess access, NetworkContactDates dates, IOptions<NetworkOptions> options, IStringLocalizer<SharedResource> l) : IWorkSource
{
    public async Task<IReadOnlyList<WorkItem>> ListAsync(WorkScope scope, CancellationToken ct)
    {
        var staleDays = options.Value.StaleContactDays;
        var freshSince = scope.Today.AddDays(-staleDays);
        var assignee = scope.AssigneeId;
        var cases = access.Visible(scope.Viewer)
            .Where(c => c.Status != CaseStatus.Closed && (c.LeadCaseworkerId == assignee || c.Team.Any(m => m.UserId == assignee)));
        var candidates = await db.NetworkActors
            .Where(a => a.EndedOn == null && cases.Any(c => c.Id == a.CaseId) && (a.LastContactOn == null || a.LastContactOn < freshSince))
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
            .ToListAsync(ct);
        var derived = candidates.Count == 0 ? [] : await dates.LatestAsync(db, cases.Select(c => c.Id), ct);
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
            })
            .Where(a => a.Derived == null || a.Derived < freshSince);

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
