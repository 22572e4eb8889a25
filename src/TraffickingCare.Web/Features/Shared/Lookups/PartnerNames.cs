using TraffickingCare.Domain.Partners;
using TraffickingCare.Domain.People;

namespace TraffickingCare.Web.Features.Shared.Lookups;

/// <summary>
/// The directory's one rule for finding a partner by name, wherever a partner is searched: every word typed
/// (<see cref="NameKeys.Words"/>) occurs in the entry's search key, both normalised the same way, so "Ниш", "Nis" and
/// "Niš" find the same entries.
/// </summary>
public static class PartnerNames
{
    public static IQueryable<Partner> Named(this IQueryable<Partner> partners, IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            partners = partners.Where(p => p.SearchKey.Contains(word));
        }

        return partners;
    }
}
