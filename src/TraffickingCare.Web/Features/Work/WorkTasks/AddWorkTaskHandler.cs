using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Work;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Work.WorkTasks;

/// <summary>
/// Sets a task. Its case, if any, is one the user may change (from the case page: out of reach is 404; typed on
/// "Moj rad": a field error, never a hint whether the case exists); its assignee is one the user may give it to.
/// </summary>
public sealed class AddWorkTaskHandler(AppDbContext db, CaseAccess cases, AssigneeOptionsQuery assignees)
{
    public async Task<ChangeResult> HandleAsync(Guid? caseId, WorkTaskForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        var target = caseId;
        if (caseId is { } id && !await cases.MayEditAsync(user, id, ct))
        {
            return ChangeResult.NotFound;
        }

        if (caseId is null && !string.IsNullOrWhiteSpace(form.CaseCode))
        {
            target = CaseCode.TryParse(form.CaseCode.Trim().ToUpperInvariant(), out var code)
                ? await cases.Editable(user).Where(c => c.Code == code!.Value).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(ct)
                : null;
            if (target is null)
            {
                return ChangeResult.Refused("Work.Errors.Case", nameof(WorkTaskForm.CaseCode));
            }
        }

        var allowed = target is { } about
            ? (await assignees.ForCaseAsync(about, user, ct)).Any(o => o.Code == form.AssigneeId)
            : await assignees.MayGiveWorkAsync(user, form.AssigneeId, ct);
        if (!allowed)
        {
            return ChangeResult.Refused("Work.Errors.Assignee", nameof(WorkTaskForm.AssigneeId));
        }

        return await ChangeResult.OfAsync(async () =>
        {
            CentreClock.TryParseDate(form.DueOn, out var dueOn);
            db.WorkTasks.Add(WorkTask.Set(form.Title!, target, form.AssigneeId!, dueOn));
            await db.SaveChangesAsync(ct);
        });
    }
}
