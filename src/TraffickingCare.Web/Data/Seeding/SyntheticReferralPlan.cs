using TraffickingCare.Domain.Referrals;

namespace TraffickingCare.Web.Data.Seeding;

/// <summary>
/// What the n-th synthetic referral looks like and how it ended. Referrals come oldest first, spread
/// over five years, so case codes are issued in order; the newest ones still await triage, some of
/// them overdue. Exactly <c>cases</c> of the triaged ones are opened as cases, evenly over time.
/// </summary>
internal sealed class SyntheticReferralPlan(Random random, SyntheticCodePool pool, DateTime now, int referrals, int awaiting, int cases)
{
    private static readonly TimeSpan Span = TimeSpan.FromDays(5 * 365);

    private readonly int triaged = referrals - awaiting;

    /// <summary>The receipt and the triage outcome (null: still awaiting triage).</summary>
    public (ReferralReceipt Receipt, ReferralStatus? Outcome) Next(int index)
    {
        var isTriaged = index < triaged;
        var received = isTriaged
            ? now - Span + TimeSpan.FromTicks((long)((Span - TimeSpan.FromDays(3)).Ticks * (index / (double)Math.Max(1, triaged)))) + TimeSpan.FromMinutes(random.Next(0, 120))
            : now.AddMinutes(-random.Next(10, 60 * 30));
        var urgency = new UrgencyIndicators(random.Next(6) == 0, random.Next(4) == 0, random.Next(10) == 0, random.Next(12) == 0);
        var person = new ReferredPerson(
            random.Next(3) == 0 ? null : $"Demo osoba {index + 1}",
            index >= 3 && random.Next(4) == 0 ? null : pool.Cycle("Sex", index, random),
            random.Next(3) == 0 ? null : random.Next(12, 45),
            null,
            index >= 50 && random.Next(5) == 0 ? null : pool.Cycle("Citizenship", index, random),
            index >= 50 && random.Next(3) == 0 ? null : pool.Cycle("Language", index, random));
        var receipt = new ReferralReceipt(
            received,
            pool.Cycle("ReferralChannel", index, random),
            pool.Cycle("ReferrerSector", index, random),
            null,
            null,
            index >= 50 && random.Next(6) == 0 ? null : pool.Cycle("Municipality", index, random),
            person,
            null,
            urgency);
        return (receipt, isTriaged ? Outcome(index) : null);
    }

    private ReferralStatus Outcome(int index)
    {
        // Spread the cases evenly: the n-th triaged referral opens a case when the running quota steps up.
        if ((long)(index + 1) * cases / triaged > (long)index * cases / triaged)
        {
            return ReferralStatus.OpenedAsCase;
        }

        return random.Next(10) switch
        {
            < 5 => ReferralStatus.NotTraffickingMatter,
            < 8 => ReferralStatus.Rejected,
            _ => ReferralStatus.Duplicate,
        };
    }
}
