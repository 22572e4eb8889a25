using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Identification;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Identification;

/// <summary>Logs the interviews and other sources of formal identification on a case the user may change.</summary>
public sealed class EvidenceHandler(AppDbContext db, CaseAccess access)
{
    public async Task<ChangeResult> AddInterviewAsync(Guid caseId, InterviewForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!await access.Editable(user).AnyAsync(c => c.Id == caseId, ct))
        {
            return ChangeResult.NotFound;
        }

        return await ChangeResult.OfAsync(async () =>
        {
            CentreClock.TryParseDate(form.HeldOn, out var heldOn);
            db.Interviews.Add(Interview.Record(
                caseId, heldOn, form.Interviewers!, form.Interpreter, form.Place!,
                int.Parse(form.DurationMinutes!, NumberStyles.None, CultureInfo.InvariantCulture), form.Summary));
            await db.SaveChangesAsync(ct);
        });
    }

    public async Task<ChangeResult> AddSourceAsync(Guid caseId, SourceForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!await access.Editable(user).AnyAsync(c => c.Id == caseId, ct))
        {
            return ChangeResult.NotFound;
        }

        return await ChangeResult.OfAsync(async () =>
        {
            CentreClock.TryParseDate(form.ReceivedOn, out var receivedOn);
            db.InformationSources.Add(InformationSource.Record(caseId, form.Institution!, form.Document!, receivedOn));
            await db.SaveChangesAsync(ct);
        });
    }
}
