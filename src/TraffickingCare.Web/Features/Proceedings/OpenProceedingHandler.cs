using System.Security.Claims;
using TraffickingCare.Domain.Proceedings;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Proceedings;

/// <summary>Records a criminal proceeding on a case the user may change.</summary>
public sealed class OpenProceedingHandler(AppDbContext db, CaseAccess access, CentreClock clock)
{
    public async Task<ChangeResult> HandleAsync(Guid caseId, OpenProceedingForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!await access.MayEditAsync(user, caseId, ct))
        {
            return ChangeResult.NotFound;
        }

        return await ChangeResult.OfAsync(async () =>
        {
            CentreClock.TryParseDate(form.StageSince, out var since);
            var proceeding = Proceeding.Open(caseId, ProceedingInput.DetailsOf(form), form.Stage!.Value, since, user.GetUserId(), clock.Today);
            db.Proceedings.Add(proceeding);
            await db.SaveChangesAsync(ct);
            return ChangeResult.Done with { Id = proceeding.Id };
        });
    }
}
