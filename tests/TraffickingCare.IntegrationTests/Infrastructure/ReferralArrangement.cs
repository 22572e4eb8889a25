using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Referrals;

namespace TraffickingCare.IntegrationTests.Infrastructure;

/// <summary>
/// A referral as logged by phone from the police, half an hour ago, by someone outside the test
/// (<see cref="Arrange.Outsider"/>), awaiting triage, unless told otherwise. Await it to save.
/// </summary>
public sealed class ReferralArrangement(Arrange arrange)
{
    private ReferralReceipt receipt = new(default, "Phone", "Police", null, null, null, ReferredPerson.Unknown, null, UrgencyIndicators.None);
    private TimeSpan? age;
    private bool overdue;
    private string? loggedBy;
    private string? assignee;

    public ReferralArrangement ReceivedAgo(TimeSpan howLong) => Set(() => age = howLong);

    /// <summary>Past its triage deadline by an hour, and still waiting.</summary>
    public ReferralArrangement Overdue() => Set(() => overdue = true);

    /// <summary>A child: urgent, due within the urgent target.</summary>
    public ReferralArrangement Urgent() => Receipt(r => r with { Urgency = r.Urgency with { Child = true } });

    public ReferralArrangement About(ReferredPerson person) => Receipt(r => r with { Person = person });

    public ReferralArrangement Receipt(Func<ReferralReceipt, ReferralReceipt> change) => Set(() => receipt = change(receipt));

    public ReferralArrangement LoggedBy(string userName) => Set(() => loggedBy = userName);

    public ReferralArrangement AssignedTo(string userName) => Set(() => assignee = userName);

    public TaskAwaiter<Referral> GetAwaiter() => SaveAsync().GetAwaiter();

    private async Task<Referral> SaveAsync()
    {
        _ = arrange.Factory.Server;
        var now = arrange.Now;
        var received = now - (age ?? TimeSpan.FromMinutes(30));
        if (overdue)
        {
            received = now - TimeSpan.FromHours(1) - (ResponseTargets.Default.TriageDeadline(now, receipt.Urgency) - now);
        }

        return await arrange.Factory.WithDbAsync(async db =>
        {
            var names = new[] { loggedBy, assignee }.OfType<string>().ToList();
            var users = await db.Users.Where(u => names.Contains(u.UserName!)).ToDictionaryAsync(u => u.UserName!, u => u.Id);
            var referral = Referral.Log(receipt with { ReceivedAtUtc = received }, ResponseTargets.Default,
                loggedBy is null ? Arrange.Outsider : users[loggedBy], now);
            if (assignee is not null)
            {
                referral.AssignTo(users[assignee]);
            }

            db.Referrals.Add(referral);
            await db.SaveChangesAsync();
            return referral;
        });
    }

    private ReferralArrangement Set(Action change)
    {
        change();
        return this;
    }
}
