using TraffickingCare.Web.Features.Shared.Home;

namespace TraffickingCare.Web.Features.Referrals;

/// <summary>Referrals waiting for triage that the user is responsible for; overdue ones are past the rapid-response target.</summary>
public sealed record ReferralWork(int Awaiting, int Overdue, int Unassigned) : HomePanelModel;
