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
/// gone stale (entered by hand and derived from services, visits and conferences alike). One SQL command: the
/// derived dates are a correlated MAX over the contact sources' UNION ALL.
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
        var actors = db.NetworkActors.Where(a => a.EndedOn == null && cases.Any(c => c.Id == a.CaseId));
        var moments = dates.Moments(db);
        var rows = await (moments is null
                ? actors.Select(a => new { Actor = a, Derived = (DateOnly?)null })
                : actors.Select(a => new { Actor = a, Derived = moments.Where(m => m.CaseId == a.CaseId && m.PartnerId == a.PartnerId).Max(m => (DateOnly?)m.On) }))
            .Where(x => (x.Actor.LastContactOn == null || x.Actor.LastContactOn < freshSince) && (x.Derived == null || x.Derived < freshSince))
            .Select(x => new
            {
                x.Actor.CaseId,
                x.Actor.Sector,
                x.Actor.LastContactOn,
                x.Derived,
                x.Actor.CreatedAtUtc,
                Code = db.Cases.Where(c => c.Id == x.Actor.CaseId).Select(c => c.Code).First(),
                Partner = db.Partners.Where(p => p.Id == x.Actor.PartnerId).Select(p => p.Name).FirstOrDefault(),
            })
            .AsNoTracking()
            .ToListAsync(ct);

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
