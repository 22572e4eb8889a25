using System.Security.Claims;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Proceedings;

/// <summary>Records that the proceeding reached another stage: a new row of its history.</summary>
public sealed class MoveStageHandler(ProceedingChange change, CentreClock clock)
{
    public Task<ChangeResult> HandleAsync(Guid proceedingId, StageForm form, ClaimsPrincipal user, CancellationToken ct) =>
        change.ApplyAsync(proceedingId, user, form.Version, p =>
        {
            CentreClock.TryParseDate(form.Since, out var since);
            p.MoveTo(form.Stage!.Value, since, form.Reason, user.GetUserId(), clock.Today);
        }, ct);
}
