using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Identification;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Identification;

/// <summary>
/// The findings and opinion's workflow. Every step loads the document through its case's access
/// rule and saves with the version the user saw; approval also records the decision on the case.
/// Only the case's team writes it (and is recorded as having written it); the coordinator returns or approves.
/// </summary>
public sealed class FindingsHandler(AppDbContext db, CaseAccess access, CentreClock clock)
{
    /// <summary>The case's open draft (or submitted document), or a new draft by this user when there is none.</summary>
    public async Task<(ChangeResult Result, Guid? FindingsId)> StartAsync(Guid caseId, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await RefusedWriterAsync(caseId, user, ct) is { } refused)
        {
            return (refused, null);
        }

        var file = await db.Cases.SingleAsync(c => c.Id == caseId, ct);

        var existing = await db.Findings.Where(f => f.CaseId == caseId).OrderByDescending(f => f.Revision).Select(f => new { f.Id, f.Status }).FirstOrDefaultAsync(ct);
        if (existing is not null)
        {
            // A final decision is changed only by correcting it, from its own page.
            return existing.Status == FindingsStatus.Final
                ? (new ChangeResult(true, "Identification.Errors.UseCorrection"), existing.Id)
                : (new ChangeResult(true), existing.Id);
        }

        var draft = FindingsAndOpinion.Draft(caseId, user.GetUserId());
        db.Findings.Add(draft);
        file.StartFormalIdentification(clock.UtcNow);
        var result = await ChangeResult.OfAsync(() => db.SaveChangesAsync(ct));
        return (result, draft.Id);
    }

    /// <summary>The forms of exploitation a document holds now: a retired one stays acceptable on it.</summary>
    public async Task<IReadOnlyList<string>> HeldFormsAsync(Guid id, CancellationToken ct) =>
        await db.Findings.Where(f => f.Id == id).SelectMany(f => f.ExploitationForms.Select(e => e.Code)).ToListAsync(ct);

    public async Task<ChangeResult> SaveAsync(Guid id, FindingsForm form, bool submit, ClaimsPrincipal user, CancellationToken ct)
    {
        var findings = await db.Findings.Include(f => f.ExploitationForms).Include(f => f.Editors).SingleOrDefaultAsync(f => f.Id == id, ct);
        if (findings is null)
        {
            return ChangeResult.NotFound;
        }

        if (await RefusedWriterAsync(findings.CaseId, user, ct) is { } refused)
        {
            return refused;
        }

        db.Entry(findings).Property(f => f.Version).OriginalValue = form.Version;
        return await ChangeResult.OfAsync(async () =>
        {
            findings.Edit(form.Sections, form.Decision, form.Forms, form.SecondAuthorId, user.GetUserId());
            if (submit)
            {
                findings.Submit(clock.UtcNow);
            }

            await db.SaveChangesAsync(ct);
        });
    }

    public async Task<ChangeResult> ReturnToDraftAsync(Guid id, int version, string? reason, CancellationToken ct)
    {
        var findings = await db.Findings.SingleOrDefaultAsync(f => f.Id == id, ct);
        if (findings is null)
        {
            return ChangeResult.NotFound;
        }

        db.Entry(findings).Property(f => f.Version).OriginalValue = version;
        return await ChangeResult.OfAsync(async () =>
        {
            findings.ReturnToDraft(reason ?? string.Empty);
            await db.SaveChangesAsync(ct);
        });
    }

    /// <summary>
    /// The coordinator's approval: the document becomes final and its decision the case's status; an
    /// identified victim's forms of exploitation join the case's exploitation record, which the statistics count.
    /// </summary>
    public async Task<ChangeResult> ApproveAsync(Guid id, int version, ClaimsPrincipal user, CancellationToken ct)
    {
        var findings = await db.Findings.Include(f => f.ExploitationForms).Include(f => f.Editors).SingleOrDefaultAsync(f => f.Id == id, ct);
        var file = findings is null ? null : await db.Cases.Include(c => c.CodeListValues).SingleOrDefaultAsync(c => c.Id == findings.CaseId, ct);
        if (findings is null || file is null)
        {
            return ChangeResult.NotFound;
        }

        db.Entry(findings).Property(f => f.Version).OriginalValue = version;
        return await ChangeResult.OfAsync(async () =>
        {
            var userId = user.GetUserId();
            findings.Approve(userId, clock.UtcNow, clock.Today);
            file.RecordIdentificationDecision(findings);
            if (findings.Decision == IdentificationDecision.Identified)
            {
                var forms = file.CodesOf(CaseCodeFields.ExploitationType).Union(findings.ExploitationForms.Select(f => f.Code));
                file.ReplaceCodes(CaseCodeFields.ExploitationType, forms, userId, clock.UtcNow);
            }

            await db.SaveChangesAsync(ct);
        });
    }

    /// <summary>Starts the correction of a final document: a new draft revision that names it.</summary>
    public async Task<(ChangeResult Result, Guid? FindingsId)> CorrectAsync(Guid id, ClaimsPrincipal user, CancellationToken ct)
    {
        var findings = await db.Findings.Include(f => f.ExploitationForms).Include(f => f.Editors).SingleOrDefaultAsync(f => f.Id == id, ct);
        if (findings is null)
        {
            return (ChangeResult.NotFound, null);
        }

        if (await RefusedWriterAsync(findings.CaseId, user, ct) is { } refused)
        {
            return (refused, null);
        }

        if (await db.Findings.AnyAsync(f => f.SupersedesId == id, ct))
        {
            return (new ChangeResult(true, "Identification.Errors.AlreadyCorrected"), null);
        }

        FindingsAndOpinion? correction = null;
        var result = await ChangeResult.OfAsync(async () =>
        {
            correction = findings.Correct(user.GetUserId());
            db.Findings.Add(correction);
            await db.SaveChangesAsync(ct);
        });
        return (result, correction?.Id);
    }

    /// <summary>
    /// Null when the user may write in the case's findings: out of reach is not found, and a coordinator
    /// outside the case's team is refused (they review and approve; whoever writes in it cannot approve it).
    /// </summary>
    private async Task<ChangeResult?> RefusedWriterAsync(Guid caseId, ClaimsPrincipal user, CancellationToken ct) =>
        !await access.Editable(user).AnyAsync(c => c.Id == caseId, ct) ? ChangeResult.NotFound
        : !await access.OnTeam(user).AnyAsync(c => c.Id == caseId, ct) ? new ChangeResult(true, "Identification.Errors.TeamWritesFindings")
        : null;
}
