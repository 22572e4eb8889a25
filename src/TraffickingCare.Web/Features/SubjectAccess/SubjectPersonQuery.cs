using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;

namespace TraffickingCare.Web.Features.SubjectAccess;

/// <summary>The export page of a person: the codes of their cases (no identifying field). Null for a person not recorded.</summary>
public sealed class SubjectPersonQuery(AppDbContext db)
{
    public async Task<SubjectPersonPage?> GetAsync(Guid personId, SubjectExportForm form, CancellationToken ct)
    {
        var codes = await db.PersonIdentities.AsNoTracking()
            .Where(p => p.Id == personId)
            .Select(p => db.Cases.Where(c => c.PersonIdentityId == p.Id).OrderBy(c => c.OpenedAtUtc).Select(c => c.Code).ToList())
            .SingleOrDefaultAsync(ct);
        return codes is null ? null : new SubjectPersonPage(personId, codes, form);
    }
}
