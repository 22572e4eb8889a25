using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Lookups;

namespace TraffickingCare.Web.Features.Partners.PartnerMerge;

public sealed class MergePartnerPageQuery(AppDbContext db, PartnerOptionsQuery partners)
{
    /// <param name="typed">
    /// What the user chose, kept when the page is shown again. Its version stays the one posted, so a change made
    /// meanwhile is still caught; after a conflict (<paramref name="conflict"/>) it is the entry's version as it is now.
    /// </param>
    public async Task<MergePartnerPage?> GetAsync(Guid partnerId, MergePartnerForm? typed, CancellationToken ct, bool conflict = false)
    {
        var duplicate = await db.Partners.AsNoTracking().Where(p => p.Id == partnerId)
            .Select(p => new { p.Id, p.Name, p.Sector, p.Version, Contacts = p.Contacts.Count })
            .SingleOrDefaultAsync(ct);
        if (duplicate is null)
        {
            return null;
        }

        if (typed is not null && conflict)
        {
            typed.Version = duplicate.Version;
        }

        var candidates = (await partners.GetAsync(ct: ct)).Where(o => o.Code != partnerId.ToString()).ToList();
        return new MergePartnerPage(duplicate.Id, duplicate.Name, duplicate.Sector, duplicate.Contacts, candidates, typed ?? new MergePartnerForm { Version = duplicate.Version });
    }
}
