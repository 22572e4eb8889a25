using System.Security.Claims;
using TraffickingCare.Domain.Identification;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Identification.Evidence;

/// <summary>Logs another source of formal identification (an institution's document) on a case the user may change.</summary>
public sealed class AddSourceHandler(CaseEvidence evidence)
{
    public Task<ChangeResult> HandleAsync(Guid caseId, SourceForm form, ClaimsPrincipal user, CancellationToken ct) =>
        evidence.AddAsync(caseId, user, db =>
        {
            CentreClock.TryParseDate(form.ReceivedOn, out var receivedOn);
            db.InformationSources.Add(InformationSource.Record(caseId, form.Institution!, form.Document!, receivedOn));
        }, ct);
}
