using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Identification;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Features.Shared.Story;

namespace TraffickingCare.Web.Features.Identification;

public sealed class IdentificationQuery(AppDbContext db, CaseAccess access, CaseStory story)
{
    /// <param name="reason">Management's recorded reason for the interview summaries (see <see cref="CaseStory"/>).</param>
    public async Task<IdentificationViewModel?> GetAsync(Guid caseId, ClaimsPrincipal user, CancellationToken ct, StoryReason? reason = null)
    {
        var file = await access.Visible(user).AsNoTracking()
            .Where(c => c.Id == caseId)
            .Select(c => new { c.Id, c.Code, c.Status, c.IsChildAtExploitation })
            .SingleOrDefaultAsync(ct);
        if (file is null)
        {
            return null;
        }

        var checklist = await db.PreliminaryChecklists.AsNoTracking()
            .Where(c => c.CaseId == caseId)
            .Select(c => new { c.CompletedOn, Answers = c.Responses.Select(r => new { r.Group, r.Answer }).ToList() })
            .SingleOrDefaultAsync(ct);
        var findings = await db.Findings.AsNoTracking()
            .Where(f => f.CaseId == caseId)
            .OrderByDescending(f => f.Revision)
            .Select(f => new FindingsRow(f.Id, f.Revision, f.Status, f.Decision, f.DecidedOn, db.Findings.Any(n => n.SupersedesId == f.Id)))
            .ToListAsync(ct);

        var canEdit = await access.MayEditAsync(user, caseId, ct);
        // Only the case's team writes the findings (FindingsWriters): a coordinator outside it is not offered to start them.
        var startsFindings = canEdit && findings.Count == 0 && await access.OnTeam(user).AnyAsync(c => c.Id == caseId, ct);

        // The interviews (where, with whom, what was said) and the other sources (which institution, which
        // document) can name or locate the person: the story's rule (CaseStory) decides who reads them.
        var showsSummaries = story.Shows(user, StoryPart.InterviewSummaries, caseId, reason);
        var interviews = await db.Interviews.AsNoTracking()
            .Where(i => i.CaseId == caseId)
            .OrderByDescending(i => i.HeldOn)
            .Select(i => showsSummaries
                ? new InterviewRow(i.HeldOn, i.Interviewers, i.Interpreter, i.Place, i.DurationMinutes, i.Summary)
                : new InterviewRow(i.HeldOn, null, null, null, i.DurationMinutes, null, true))
            .ToListAsync(ct);
        var sources = await db.InformationSources.AsNoTracking()
            .Where(s => s.CaseId == caseId)
            .OrderByDescending(s => s.ReceivedOn)
            .Select(s => showsSummaries ? new SourceRow(s.Institution, s.Document, s.ReceivedOn) : new SourceRow(null, null, s.ReceivedOn, true))
            .ToListAsync(ct);

        var summary = checklist is null ? null : new ChecklistSummaryView(
            checklist.CompletedOn is not null,
            checklist.CompletedOn,
            checklist.Answers.Count(a => a.Answer == IndicatorAnswer.Present),
            checklist.Answers.Count(a => a.Answer == IndicatorAnswer.Absent),
            checklist.Answers.Count(a => a.Answer == IndicatorAnswer.Unknown),
            LegalElements.Of(checklist.Answers.Select(a => (a.Group, a.Answer)), file.IsChildAtExploitation == true));
        return new IdentificationViewModel(file.Id, file.Code, "Cases.Status." + file.Status, canEdit, summary, findings, interviews, sources)
        {
            StartsFindings = startsFindings,
        };
    }
}
