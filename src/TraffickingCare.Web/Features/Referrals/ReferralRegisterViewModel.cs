using TraffickingCare.Web.Features.Shared.Lookups;

namespace TraffickingCare.Web.Features.Referrals;

public sealed record ReferralRegisterViewModel(
    ReferralRegisterFilter Filter,
    IReadOnlyList<ReferralRegisterRow> Rows,
    int Total,
    IReadOnlyList<CodeListOption> Sectors,
    IReadOnlyList<CodeListOption> Municipalities,
    IReadOnlyList<CodeListOption> Caseworkers)
{
    public int Pages => Math.Max(1, (Total + ReferralRegisterFilter.PageSize - 1) / ReferralRegisterFilter.PageSize);
}
