using System.Security.Claims;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Proceedings;

/// <summary>Corrects or completes a proceeding's details (authority, number, lawyer, measures, compensation...).</summary>
public sealed class EditProceedingHandler(ProceedingChange change)
{
    public Task<ChangeResult> HandleAsync(Guid proceedingId, ProceedingForm form, ClaimsPrincipal user, CancellationToken ct) =>
        change.ApplyAsync(proceedingId, user, form.Version, p => p.Describe(ProceedingInput.DetailsOf(form)), ct);
}
