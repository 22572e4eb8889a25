using TraffickingCare.Domain.Partners;
using TraffickingCare.Web.Features.Shared.Lookups;

namespace TraffickingCare.Web.Features.Proceedings;

/// <summary>
/// What the proceeding's and hearings' forms offer: authorities and courts (justice and police sectors), every
/// partner (a law office, an escorting NGO), and the caseworkers who escort: the case's lead and team, who may open
/// it (a national centre's thousands of caseworkers are no list to choose from). A record keeps the authority and the
/// escort it holds.
/// </summary>
public sealed record ProceedingOptions(IReadOnlyList<CodeListOption> Authorities, IReadOnlyList<CodeListOption> Partners, IReadOnlyList<CodeListOption> Staff)
{
    /// <param name="escort">The escort a hearing already names, kept offered after they leave the team.</param>
    public static async Task<ProceedingOptions> LoadAsync(
        PartnerOptionsQuery partners, CaseStaffQuery staff, Guid caseId, Guid? keep, CancellationToken ct, IQueryable<string?>? escort = null)
    {
        var justice = await partners.GetAsync(Sector.Justice, keep, ct);
        var police = await partners.GetAsync(Sector.Police, ct: ct);
        var all = await partners.GetAsync(ct: ct);
        return new(
            [.. justice.Concat(police).DistinctBy(o => o.Code).OrderBy(o => o.Label, StringComparer.CurrentCulture)],
            all,
            await staff.TeamOptionsAsync(caseId, escort, ct));
    }
}
