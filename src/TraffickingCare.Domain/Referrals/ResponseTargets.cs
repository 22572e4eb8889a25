namespace TraffickingCare.Domain.Referrals;

/// <summary>
/// The rapid-response clock: how long a referral may wait for triage. Targets are elapsed time, not
/// wall-clock time: a referral received at 01:30 on the night clocks go forward is due at 04:30 local
/// time, two real hours later, because the person waiting does not gain the skipped hour.
/// </summary>
public sealed record ResponseTargets(TimeSpan Urgent, TimeSpan Normal)
{
    public static readonly ResponseTargets Default = new(TimeSpan.FromHours(2), TimeSpan.FromHours(24));

    public DateTime TriageDeadline(DateTime receivedAtUtc, UrgencyIndicators urgency)
    {
        if (receivedAtUtc.Kind != DateTimeKind.Utc)
        {
            throw new ArgumentException("Instants are UTC.", nameof(receivedAtUtc));
        }

        return receivedAtUtc + (urgency.IsUrgent ? Urgent : Normal);
    }
}
