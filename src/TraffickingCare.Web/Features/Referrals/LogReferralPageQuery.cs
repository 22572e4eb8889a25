using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Referrals;

public sealed class LogReferralPageQuery(CodeListOptionsQuery options, CentreClock clock, Microsoft.Extensions.Options.IOptions<ReferralOptions> targets)
{
    private static readonly string[] Lists =
    [
        ReferralCodeLists.Channel, ReferralCodeLists.ReferrerSector, ReferralCodeLists.Municipality,
        ReferralCodeLists.Sex, ReferralCodeLists.Citizenship, ReferralCodeLists.Language,
    ];

    /// <summary>A fresh form: received now, with a new submission key so a double click logs one referral.</summary>
    public LogReferralForm NewForm() => new()
    {
        SubmissionKey = Guid.CreateVersion7(),
        ReceivedOn = CentreClock.FormatDate(clock.Today),
        ReceivedAt = CentreClock.FormatTime(clock.LocalNow),
    };

    public async Task<LogReferralPage> GetAsync(LogReferralForm form, CancellationToken ct)
    {
        var lists = new Dictionary<string, IReadOnlyList<CodeListOption>>();
        foreach (var list in Lists)
        {
            lists[list] = await options.GetAsync(list, ct: ct);
        }

        return new LogReferralPage(form, lists, targets.Value.UrgentTriageTarget);
    }
}
