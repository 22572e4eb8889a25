using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.People;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Data.Sqlite;
using TraffickingCare.Web.Features.Cases.CaseNotes;
using TraffickingCare.Web.Features.Cases.CasePerson;
using TraffickingCare.Web.Features.Cases.CaseStatistics;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Features.Shared.CasePanels;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Features.Shared.Story;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.Web.Features.Cases;

public sealed class CaseDetailsQuery(AppDbContext db, CaseAccess access, ReferralAccess referrals, CodeListOptionsQuery options, CaseStatisticsQuery statistics, Infrastructure.Time.CentreClock clock, CaseStory story, IEnumerable<ICasePanel> panels)
{
    /// <param name="reason">Management's recorded reason for the person or the notes of this case (see <see cref="CaseStory"/>).</param>
    public Task<CaseDetailsViewModel?> GetAsync(Guid id, ClaimsPrincipal user, CancellationToken ct, StoryReason? reason = null) =>
        ReadSnapshot.ReadAsync(db, ct => ReadAsync(id, user, reason, ct), ct);

    private async Task<CaseDetailsViewModel?> ReadAsync(Guid id, ClaimsPrincipal user, StoryReason? reason, CancellationToken ct)
    {
        var viewer = access.ViewerOf(user);
        var file = await CaseFiles[viewer.Reach].For(db)(db, id, viewer.UserId, viewer.RestrictedSince, ct);
        if (file is null)
        {
            return null;
        }

        var userIds = file.Team.Select(m => m.UserId).Append(file.LeadCaseworkerId).Concat(file.Notes.Select(n => n.AuthorId)).Distinct().ToList();
        var names = (await Names.For(db)(db, userIds).ToListAsync(ct)).ToDictionary(u => u.Id, u => u.DisplayName);
        string Name(string userId) => names.GetValueOrDefault(userId) ?? userId;

        var closureReason = file.ClosureReasonCode is { } reasonCode
            ? (await options.GetLabelsAsync([CloseCaseFormValidator.ClosureReasons], [reasonCode], ct)).GetValueOrDefault((CloseCaseFormValidator.ClosureReasons, reasonCode)) ?? reasonCode
            : null;
        var canEdit = CaseAccess.MayEditVisible(user, file.AnonymisedAtUtc);
        // The referral that opened the case is linked only for a reader its own rule lets in: a caseworker on the team
        // who neither logged nor was given it would be answered "not found".
        var referralId = canEdit && file.ReferralId is { } opened && await referrals.MayReadAsync(user, opened, ct) ? file.ReferralId : null;
        var currentUser = user.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? string.Empty;
        var shows = story.ShowsOfVisibleCase(user, file.Id, reason);
        var showsPerson = shows(StoryPart.Person);
        var showsNotes = shows(StoryPart.Notes);
        var person = showsPerson && file.PersonIdentityId is { } personId
            ? await Person.For(db)(db, personId, ct)
            : null;

        var team = file.Team.Select(m => new CodeListOption(m.UserId, Name(m.UserId))).OrderBy(o => o.Label).ToList();
        return new CaseDetailsViewModel(
            file.Id,
            file.Code,
            file.Status,
            file.Version,
            Name(file.LeadCaseworkerId),
            team,
            file.OpenedAtUtc,
            referralId,
            file.IsRestricted,
            file.PresumedVictimSince,
            closureReason,
            file.FollowUpOn,
            file.Notes.OrderBy(n => n.WrittenAtUtc).Select(n => new CaseNoteRow(n.Id, showsNotes ? n.Text : null, Name(n.AuthorId), n.WrittenAtUtc, n.AmendsNoteId, canEdit && n.CanBeEditedBy(currentUser, clock.UtcNow))).ToList(),
            CaseLifecycle.NextFrom(file.Status),
            canEdit)
        {
            CanStaff = user.IsInRole(Roles.Coordinator),
            HasPerson = file.PersonIdentityId is not null,
            AnonymisedOn = file.AnonymisedAtUtc is { } anonymised ? DateOnly.FromDateTime(Infrastructure.Time.CentreClock.ToLocal(anonymised)) : null,
            NotesHidden = !showsNotes,
            Statistics = await statistics.PanelAsync(file, ct),
            Panels = await PanelsAsync(new CasePanelContext(file.Id, file.Code, file.Status, canEdit, showsNotes, user), ct),
            Person = showsPerson ? PersonIdentityForm.Of(person) : null,
        };
    }

    /// <summary>
    /// The case, with its team, notes and code list values, as the case access rule lets the viewer see it: compiled from
    /// the rule (<see cref="CompiledRule"/>), one query for each reach of the rule, as it is read on every view.
    /// </summary>
    private static readonly IReadOnlyDictionary<CaseReach, CompiledPerModel<Func<AppDbContext, Guid, string, DateTime, CancellationToken, Task<CaseFile?>>>> CaseFiles =
        CaseAccess.PerReach((db, reach) => CompiledRule.SingleOrDefault<Guid, string, DateTime, CaseFile?>(db, (db, id, userId, restrictedSince) =>
            CaseAccess.Visible(db, reach, userId, restrictedSince).AsNoTracking()
                .Include(c => c.Team)
                .Include(c => c.Notes)
                .Include(c => c.CodeListValues)
                .AsSplitQuery()
                .Where(c => c.Id == id)));

    // Compiled: asked on every view of a case (docs/performance.md, the compiled panels).
    private static readonly CompiledPerModel<Func<AppDbContext, List<string>, IAsyncEnumerable<UserName>>> Names = new(() =>
        EF.CompileAsyncQuery<AppDbContext, List<string>, UserName>((db, ids) =>
            db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new UserName(u.Id, u.DisplayName))));

    private static readonly CompiledPerModel<Func<AppDbContext, Guid, CancellationToken, Task<PersonIdentity?>>> Person = new(() =>
        EF.CompileAsyncQuery((AppDbContext db, Guid id, CancellationToken ct) => db.PersonIdentities.AsNoTracking().SingleOrDefault(p => p.Id == id)));

    private sealed record UserName(string Id, string DisplayName);

    /// <summary>The features' panels, one after the other (they share the request's DbContext).</summary>
    private async Task<IReadOnlyList<CasePanelView>> PanelsAsync(CasePanelContext context, CancellationToken ct)
    {
        var shown = new List<CasePanelView>();
        foreach (var panel in panels.OrderBy(p => p.Order))
        {
            if (await panel.BuildAsync(context, ct) is { } view)
            {
                shown.Add(view);
            }
        }

        return shown;
    }
}
