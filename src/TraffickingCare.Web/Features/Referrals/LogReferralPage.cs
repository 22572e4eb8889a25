using TraffickingCare.Web.Features.Shared.Lookups;

namespace TraffickingCare.Web.Features.Referrals;

/// <summary>The log form with the code-list values it offers.</summary>
public sealed record LogReferralPage(LogReferralForm Form, IReadOnlyDictionary<string, IReadOnlyList<CodeListOption>> Options, TimeSpan UrgentTarget)
{
    public IReadOnlyList<CodeListOption> For(string list) => Options.TryGetValue(list, out var options) ? options : [];
}
