namespace TraffickingCare.Web.Data.Seeding;

public sealed record SyntheticCaseloadResult(int Referrals, int Cases, TimeSpan Elapsed);
