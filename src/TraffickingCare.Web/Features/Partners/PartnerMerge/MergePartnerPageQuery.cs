using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Lookups;

namespace TraffickingCare.Web.Features.Partners.PartnerMerge;

public sealed class MergePartnerPageQuery(AppDbContext db, PartnerOptionsQuery partners)
{
    /// <param name="typed">What the user chose, kept when the page is shown again; its version stays the one posted.</param>
    public async Task<MergePartnerPage?> GetAsync(Guid partnerId, MergePartnerForm? typed, CancellationToken ct)
    {
        var duplicate = await db.Partners.AsNoTracking().Where(p => p.Id == partnerId)
            .Select(p => new { p.Id, p.Name, p.Sector, p.Version, Contacts = p.Contacts.Count })
            .SingleOrDefaultAsync(ct);
        if (duplicate is null)
        {
            return null;
        }

        var candidates = (await partners.GetAsync(ct: ct)).Where(o => o.Code != partnerId.ToString()).ToList();
        return new MergePartnerPage(duplicate.Id, duplicate.Name, duplicate.Sector, duplicate.Contacts, candidates, typed ?? new MergePartnerForm { Version = duplicate.Version });
    }
}
