using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TraffickingCare.Domain.Common;
using TraffickingCare.Domain.Partners;
using TraffickingCare.Domain.Support;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Network.Ecomap;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Infrastructure.Localization;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Network;

/// <summary>
/// A case's network in one SQL command (actors with their institution, contact person and role label), plus one for
/// the derived contact dates when any feature registered a contact source; the ecomap is laid out from the rows.
/// </summary>
public sealed class NetworkQuery(AppDbContext db, CaseAccess access, NetworkContactDates dates, IOptions<NetworkOptions> options, CentreClock clock)
{
    public const string RoleList = "NetworkRole";

    /// <summary>The network's own page: null when the case is out of the user's reach.</summary>
    public async Task<NetworkView?> GetAsync(Guid caseId, ClaimsPrincipal user, CancellationToken ct)
    {
        // An anonymised case's network is read, never changed (its forms would answer not found): no forms on it.
        var found = await access.Visible(user).Where(c => c.Id == caseId).Select(c => new { c.Code, c.AnonymisedAtUtc }).SingleOrDefaultAsync(ct);
        return found is null ? null : await ViewAsync(caseId, found.Code, CaseAccess.MayEditVisible(user, found.AnonymisedAtUtc), ct) with { OnOwnPage = true };
    }

    /// <summary>For a case the caller has already reached through <see cref="CaseAccess"/>.</summary>
    public async Task<NetworkView> ViewAsync(Guid caseId, string caseCode, bool canEdit, CancellationToken ct)
    {
        var rows = await Actors.For(db)(db, caseId, Cultures.ToUiLanguage(CultureInfo.CurrentUICulture)).ToListAsync(ct);
        var derived = await dates.LatestOfCaseAsync(db, caseId, ct);
        var today = clock.Today;
        var staleDays = options.Value.StaleContactDays;
        var actors = rows.Select(r =>
        {
            var fromRecords = r.PartnerId is { } partner && derived.TryGetValue(partner, out var on) ? on : (DateOnly?)null;
            return new NetworkActorRow(r.Id, r.PartnerId, r.Sector, r.Partner, r.Contact, r.RoleCode, r.Role ?? r.RoleCode, r.LastContactOn, fromRecords, r.EndedOn,
                NetworkContact.IsStale(NetworkContact.Last(r.LastContactOn, fromRecords), today, staleDays));
        }).ToList();
        var active = actors.Where(a => a.IsActive).ToList();
        var ecomap = EcomapLayout.Draw([.. active.Select(a => new EcomapActor(a.Id, a.Sector, a.Label, a.IsStale))]);
        return new NetworkView(caseId, caseCode, canEdit, actors, NetworkCoverage.Missing(active.Select(a => a.Sector)), ecomap, staleDays);
    }

    // Compiled: the case page shows the network on every view, and EF otherwise built, walked and hashed the tree of its
    // three correlated lookups each time, more processor time than the SQL.
    private static readonly CompiledPerModel<Func<AppDbContext, Guid, UiLanguage, IAsyncEnumerable<ActorRead>>> Actors = new(() =>
        EF.CompileAsyncQuery<AppDbContext, Guid, UiLanguage, ActorRead>((db, caseId, language) =>
            db.NetworkActors.AsNoTracking()
                .Where(a => a.CaseId == caseId)
                .OrderBy(a => a.EndedOn != null).ThenBy(a => a.Sector).ThenBy(a => a.CreatedAtUtc)
                .Select(a => new ActorRead(
                    a.Id,
                    a.PartnerId,
                    a.Sector,
                    a.RoleCode,
                    a.LastContactOn,
                    a.EndedOn,
                    db.Partners.Where(p => p.Id == a.PartnerId).Select(p => p.Name).FirstOrDefault(),
                    db.PartnerContacts.Where(c => c.Id == a.PartnerContactId).Select(c => c.Name).FirstOrDefault(),
                    db.CodeListItems.Where(i => i.List == RoleList && i.Code == a.RoleCode)
                        .Select(i => language == UiLanguage.Cyrillic ? i.LabelCyrillic : language == UiLanguage.English ? i.LabelEnglish : i.LabelLatin)
                        .FirstOrDefault()))));

    private sealed record ActorRead(
        Guid Id, Guid? PartnerId, Sector Sector, string RoleCode, DateOnly? LastContactOn, DateOnly? EndedOn, string? Partner, string? Contact, string? Role);
}
