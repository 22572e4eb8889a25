using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Identification;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Features.Shared.Story;

namespace TraffickingCare.Web.Features.Identification.Checklist;

public sealed class ChecklistQuery(AppDbContext db, CaseAccess access, IndicatorLabels labels, CaseStory story)
{
    /// <param name="typed">A refused form: its answers are shown instead of the saved ones.</param>
    /// <param name="reason">Management's recorded reason for the indicators' notes (see <see cref="CaseStory"/>).</param>
    public async Task<ChecklistViewModel?> GetAsync(Guid caseId, ClaimsPrincipal user, CancellationToken ct, ChecklistForm? typed = null, StoryReason? reason = null)
    {
        var file = await access.Visible(user).AsNoTracking().Where(c => c.Id == caseId).Select(c => new { c.Id, c.Code, c.IsChildAtExploitation }).SingleOrDefaultAsync(ct);
        if (file is null)
        {
            return null;
        }

        var checklist = await db.PreliminaryChecklists.AsNoTracking().Include(c => c.Responses).SingleOrDefaultAsync(c => c.CaseId == caseId, ct);
        if (checklist is null)
        {
            return null;
        }

        var wording = await labels.ForSetAsync(checklist.IndicatorSetVersion, ct);
        var canEdit = !checklist.IsCompleted && await access.MayEditAsync(user, caseId, ct);
        var showsNotes = story.Shows(user, StoryPart.ChecklistNotes, caseId, reason);
        var items = checklist.Responses
            .OrderBy(r => wording.GetValueOrDefault(r.IndicatorCode)?.SortOrder ?? int.MaxValue)
            .Select(r =>
            {
                var label = wording.GetValueOrDefault(r.IndicatorCode)?.Label ?? r.IndicatorCode;
                var answer = typed?.Answers.FirstOrDefault(a => a.Code == r.IndicatorCode);
                return answer is null
                    ? new ChecklistItemView(r.IndicatorCode, r.Group, label, r.Answer, showsNotes ? r.Source : null, showsNotes ? r.Note : null, !showsNotes && (r.Note is not null || r.Source is not null))
                    : new ChecklistItemView(r.IndicatorCode, r.Group, label, answer.Answer, answer.Source, answer.Note);
            })
            .ToList();
        var summary = LegalElements.Of(items.Select(i => (i.Group, i.Answer)), file.IsChildAtExploitation == true);
        // The saved version, unless the controller keeps a refused form's own (see ChecklistController).
        return new ChecklistViewModel(file.Id, file.Code, checklist.Version, checklist.IndicatorSetVersion, checklist.IsCompleted, checklist.CompletedOn, canEdit, items, summary);
    }
}
