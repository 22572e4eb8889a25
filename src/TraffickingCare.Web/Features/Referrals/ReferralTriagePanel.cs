using TraffickingCare.Web.Features.CodeLists;

namespace TraffickingCare.Web.Features.Referrals;

public sealed record ReferralTriagePanel(IReadOnlyList<CodeListOption> Caseworkers, TriageReferralForm Form, string? AssigneeId);
