namespace TraffickingCare.Web.Features.Home;

/// <summary>Referrals waiting for triage that the user is responsible for; overdue ones are past the rapid-response target.</summary>
public sealed record ReferralCounts(int Awaiting, int Overdue, int Unassigned);
