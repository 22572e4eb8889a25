using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Identification;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Features.Shared.Story;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Identification.Findings;

/// <summary>One findings and opinion, if its case is within the user's reach, with what the user may do to it.</summary>
public sealed class FindingsQuery(AppDbContext db, CaseAccess access, CaseStaffQuery staff, CodeListOptionsQuery codeLists, CaseStory story)
{
    /// <summary>The forms of exploitation a document holds now: a retired one stays acceptable on it (<see cref="FindingsForm.HeldForms"/>).</summary>
    public async Task<IReadOnlyList<string>> HeldFormsAsync(Guid findingsId, CancellationToken ct) =>
        await db.Findings.Where(f => f.Id == findingsId).SelectMany(f => f.ExploitationForms.Select(e => e.Code)).ToListAsync(ct);

    /// <param name="typed">
    /// A refused edit, shown with what was typed. It keeps the version it was opened with, so a change made meanwhile is
    /// still caught on the next save; after a conflict (<paramref name="conflict"/>) it carries the document's version as it is now.
    /// </param>
    /// <param name="reason">Management's recorded reason for the sections (see <see cref="CaseStory"/>).</param>
    public async Task<FindingsViewModel?> GetAsync(
        Guid findingsId, ClaimsPrincipal user, CancellationToken ct, FindingsForm? typed = null, StoryReason? reason = null, bool conflict = false)
    {
        var findings = await db.Findings.AsNoTracking().Include(f => f.ExploitationForms).Include(f => f.Editors).SingleOrDefaultAsync(f => f.Id == findingsId, ct);
        var file = findings is null ? null : await access.Visible(user).AsNoTracking()
            .Where(c => c.Id == findings.CaseId).Select(c => new { c.Id, c.Code, c.AnonymisedAtUtc }).SingleOrDefaultAsync(ct);
        if (findings is null || file is null)
        {
            return null;
        }

        var related = await db.Findings.AsNoTracking()
            .Where(f => f.Id == findings.SupersedesId || f.SupersedesId == findings.Id)
            .Select(f => new { f.Id, f.Revision })
            .ToListAsync(ct);
        var editors = findings.Editors.OrderBy(e => e.Sequence).Select(e => e.UserId).ToList();
        var userIds = new[] { findings.FirstAuthorId, findings.SecondAuthorId, findings.ApprovedBy }.OfType<string>().Concat(editors).ToList();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        // Only the case's team writes it: a coordinator outside the team reviews, returns and approves. Nobody does
        // either on an anonymised case (read, never changed).
        var changeable = CaseAccess.MayEditVisible(user, file.AnonymisedAtUtc);
        var canEdit = changeable && await access.OnTeam(user).AnyAsync(c => c.Id == file.Id, ct);
        var form = typed ?? FindingsForm.Of(findings);
        if (typed is null || conflict)
        {
            form.Version = findings.Version;
        }

        var showsSections = story.Shows(user, StoryPart.Findings, findings.Id, reason);
        if (!showsSections)
        {
            (form.Basis, form.Sources, form.EstablishedFacts, form.IndicatorAnalysis, form.Opinion) = (null, null, null, null, null);
        }

        var userId = user.GetUserId();
        var editable = canEdit && findings.Status == FindingsStatus.Draft;

        // The second author is one of the case's team, who may open it; the one the document names stays offered.
        var secondAuthors = editable
            ? await staff.TeamOptionsAsync(file.Id, db.Findings.Where(f => f.Id == findingsId).Select(f => f.SecondAuthorId), ct)
            : [];

        // The forms the document holds stay offered (and ticked) after they were retired: a save never drops them unseen.
        var list = FindingsFormValidator.ExploitationTypeList;
        var forms = (await codeLists.GetManyAsync([(list, findings.ExploitationForms.Select(e => e.Code))], ct))[list];
        return new FindingsViewModel(
            findings.Id,
            file.Id,
            file.Code,
            findings.Revision,
            related.FirstOrDefault(r => r.Id == findings.SupersedesId)?.Revision,
            related.FirstOrDefault(r => r.Id != findings.SupersedesId)?.Revision,
            findings.Status,
            form,
            names.GetValueOrDefault(findings.FirstAuthorId, string.Empty),
            findings.SecondAuthorId is null ? null : names.GetValueOrDefault(findings.SecondAuthorId),
            findings.ApprovedBy is null ? null : names.GetValueOrDefault(findings.ApprovedBy),
            findings.DecidedOn,
            secondAuthors,
            forms)
        {
            EditorNames = [.. editors.Select(e => names.GetValueOrDefault(e, string.Empty))],
            ReturnForm = new() { Version = findings.Version },
            ReturnReason = canEdit && findings.Status == FindingsStatus.Draft ? findings.ReturnReason : null,
            SectionsHidden = !showsSections,
            ShownByReason = showsSections && reason is not null,
            CanEdit = editable,
            CanApprove = changeable && user.IsInRole(Roles.Coordinator) && findings.Status == FindingsStatus.Submitted && !findings.IsAuthor(userId) && !findings.HasEdited(userId),
            CanCorrect = canEdit && findings.Status == FindingsStatus.Final && related.All(r => r.Id == findings.SupersedesId),
        };
    }
}
