using System.Globalization;
using System.Security.Claims;
using TraffickingCare.Domain.Identification;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Identification.Evidence;

/// <summary>Logs an interview of formal identification on a case the user may change.</summary>
public sealed class AddInterviewHandler(CaseEvidence evidence)
{
    public Task<ChangeResult> HandleAsync(Guid caseId, InterviewForm form, ClaimsPrincipal user, CancellationToken ct) =>
        evidence.AddAsync(caseId, user, db =>
        {
            CentreClock.TryParseDate(form.HeldOn, out var heldOn);
            db.Interviews.Add(Interview.Record(
                caseId, heldOn, form.Interviewers!, form.Interpreter, form.Place!,
                int.Parse(form.DurationMinutes!, NumberStyles.None, CultureInfo.InvariantCulture), form.Summary));
        }, ct);
}
