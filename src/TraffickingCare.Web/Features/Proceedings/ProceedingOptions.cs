using TraffickingCare.Domain.Partners;
using TraffickingCare.Web.Features.Shared.Lookups;

namespace TraffickingCare.Web.Features.Proceedings;

/// <summary>
/// What the proceeding's and hearings' forms offer: authorities and courts (justice and police sectors), every
/// partner (a law office, an escorting NGO), and the caseworkers who escort. A record keeps the authority it holds.
/// </summary>
public sealed record ProceedingOptions(IReadOnlyList<CodeListOption> Authorities, IReadOnlyList<CodeListOption> Partners, IReadOnlyList<CodeListOption> Staff)
{
    public static async Task<ProceedingOptions> LoadAsync(PartnerOptionsQuery partners, CaseworkerOptionsQuery staff, Guid? keep, CancellationToken ct)
    {
        var justice = await partners.GetAsync(Sector.Justice, keep, ct);
        var police = await partners.GetAsync(Sector.Police, ct: ct);
        var all = await partners.GetAsync(ct: ct);
        return new(
            [.. justice.Concat(police).DistinctBy(o => o.Code).OrderBy(o => o.Label, StringComparer.CurrentCulture)],
            all,
            await staff.GetAsync(ct));
    }
}
