using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using TraffickingCare.Domain.Support;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Features.Shared.Work;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Network;

/// <summary>
/// "Moj rad": the active actors, on the open cases the assignee leads or is on the team of, whose last contact has
/// gone stale (entered by hand and derived from services, visits and conferences alike). One SQL command finds them
/// (<see cref="StaleContacts"/>: the hand-entered date, then a NOT EXISTS per contact source) and stops at
/// <see cref="IWorkSource.MaxItems"/>; one grouped command per source then reads the derived dates of those few cases
/// only, for the due day shown. Each is compiled once: Moj rad asks them on every view.
/// </summary>
public sealed class NetworkWorkSource(AppDbContext db, CaseAccess access, StaleContacts staleContacts, NetworkContactDates dates, IOptions<NetworkOptions> options, IStringLocalizer<SharedResource> l) : IWorkSource
{
    public async Task<IReadOnlyList<WorkItem>> ListAsync(WorkScope scope, CancellationToken ct)
    {
        var staleDays = options.Value.StaleContactDays;
        var freshSince = scope.Today.AddDays(-staleDays);
        var (shape, viewer) = access.WorkViewerOf(scope.Viewer, scope.AssigneeId);
        // "Moj rad" orders what it shows by due day; the stream stops at the limit unsorted (StaleContacts).
        var candidates = await staleContacts.Of(db, shape, scope.AssigneeId, viewer, freshSince).Take(IWorkSource.MaxItems).ToListAsync(ct);
        var caseIds = candidates.Select(a => a.CaseId).Distinct().ToList();
        var derived = candidates.Count == 0 ? [] : await dates.LatestAsync(db, caseIds, ct);

        return [.. candidates.Select(a =>
        {
            var last = NetworkContact.Last(a.LastContactOn, a.PartnerId is { } partner && derived.TryGetValue((a.CaseId, partner), out var on) ? on : null);
            var due = last is { } lastOn ? NetworkContact.StaleFrom(lastOn, staleDays) : DateOnly.FromDateTime(Infrastructure.Time.CentreClock.ToLocal(a.CreatedAtUtc));
            var sector = l["Network.Sector." + a.Sector].Value;
            return new WorkItem("Network.Work.StaleContact", l["Network.Work.StaleTitle", a.Partner ?? sector, sector].Value, a.Code, due, null,
                new WorkLink("Network", nameof(NetworkController.Index), "caseId", a.CaseId));
        })];
    }
}
