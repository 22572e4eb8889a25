using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Identification.Findings.FindingsReview;

/// <summary>The coordinator returns submitted findings to the team as a draft, with the reason the team reads.</summary>
public sealed class ReturnFindingsHandler(AppDbContext db)
{
    public async Task<ChangeResult> HandleAsync(Guid findingsId, ReturnFindingsForm form, CancellationToken ct)
    {
        var findings = await db.Findings.SingleOrDefaultAsync(f => f.Id == findingsId, ct);
        if (findings is null)
        {
            return ChangeResult.NotFound;
        }

        db.Entry(findings).Property(f => f.Version).OriginalValue = form.Version;
        return await ChangeResult.OfAsync(async () =>
        {
            findings.ReturnToDraft(form.Reason ?? string.Empty);
            await db.SaveChangesAsync(ct);
        });
    }
}
