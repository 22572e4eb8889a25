using TraffickingCare.Web.Features.Shared.Pages;

namespace TraffickingCare.Web.Features.Referrals;

public sealed record ReferralRegisterViewModel(
    ReferralRegisterFilter Filter,
    IReadOnlyList<ReferralRegisterRow> Rows,
    CappedCount Count)
{
    public int Pages => PagesOf(Count);

    /// <summary>The pages of the referrals counted: beyond the count limit there are no more pages, the filters narrow the list.</summary>
    public static int PagesOf(CappedCount count) => Math.Max(1, (count.Shown + ReferralRegisterFilter.PageSize - 1) / ReferralRegisterFilter.PageSize);
}
