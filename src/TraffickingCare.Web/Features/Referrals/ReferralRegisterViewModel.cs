namespace TraffickingCare.Web.Features.Referrals;

public sealed record ReferralRegisterViewModel(
    ReferralRegisterFilter Filter,
    IReadOnlyList<ReferralRegisterRow> Rows,
    int Total)
{
    public int Pages => Math.Max(1, (Total + ReferralRegisterFilter.PageSize - 1) / ReferralRegisterFilter.PageSize);
}
