using TraffickingCare.Web.Features.Shared.Pages;

namespace TraffickingCare.Web.Features.Referrals;

public sealed record ReferralRegisterViewModel(
    ReferralRegisterFilter Filter,
    IReadOnlyList<ReferralRegisterRow> Rows,
    CappedCount Count)
{
    public int Pages => Count.Pages(ReferralRegisterFilter.PageSize);
}
