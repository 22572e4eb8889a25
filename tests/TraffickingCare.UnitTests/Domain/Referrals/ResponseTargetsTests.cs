using Microsoft.Extensions.Time.Testing;
using TraffickingCare.Domain.Referrals;

namespace TraffickingCare.UnitTests.Domain.Referrals;

public sealed class ResponseTargetsTests
{
    private static readonly TimeZoneInfo Belgrade = TimeZoneInfo.FindSystemTimeZoneById("Europe/Belgrade");
    private static readonly UrgencyIndicators Child = UrgencyIndicators.None with { Child = true };

    private static DateTime LocalToUtc(int year, int month, int day, int hour, int minute) =>
        TimeZoneInfo.ConvertTimeToUtc(new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified), Belgrade);

    private static DateTime UtcToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(utc, Belgrade);

    [Theory]
    [InlineData(true, false, false, false)]
    [InlineData(false, true, false, false)]
    [InlineData(false, false, true, false)]
    [InlineData(false, false, false, true)]
    public void Any_urgency_indicator_makes_the_two_hour_target_apply(bool danger, bool child, bool injured, bool detained)
    {
        var received = new DateTime(2026, 6, 1, 10, 0, 0, DateTimeKind.Utc);

        var deadline = ResponseTargets.Default.TriageDeadline(received, new UrgencyIndicators(danger, child, injured, detained));

        Assert.Equal(received.AddHours(2), deadline);
    }

    [Fact]
    public void Without_urgency_the_referral_has_a_day()
    {
        var received = new DateTime(2026, 6, 1, 10, 0, 0, DateTimeKind.Utc);

        Assert.Equal(received.AddHours(24), ResponseTargets.Default.TriageDeadline(received, UrgencyIndicators.None));
    }

    [Fact]
    public void An_urgent_referral_received_the_night_clocks_go_forward_is_due_two_real_hours_later()
    {
        // 29.03.2026. at 02:00 Belgrade jumps to 03:00.
        var received = LocalToUtc(2026, 3, 29, 1, 30);
        var clock = new FakeTimeProvider(new DateTimeOffset(received));

        var deadline = ResponseTargets.Default.TriageDeadline(clock.GetUtcNow().UtcDateTime, Child);

        Assert.Equal(new DateTime(2026, 3, 29, 4, 30, 0), UtcToLocal(deadline));
        clock.Advance(TimeSpan.FromMinutes(119));
        Assert.True(clock.GetUtcNow().UtcDateTime < deadline);
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.True(clock.GetUtcNow().UtcDateTime > deadline);
    }

    [Fact]
    public void A_day_target_across_the_autumn_change_ends_an_hour_earlier_on_the_wall_clock()
    {
        // 25.10.2026. at 03:00 Belgrade falls back to 02:00: that day has 25 hours.
        var received = LocalToUtc(2026, 10, 24, 12, 0);

        var deadline = ResponseTargets.Default.TriageDeadline(received, UrgencyIndicators.None);

        Assert.Equal(new DateTime(2026, 10, 25, 11, 0, 0), UtcToLocal(deadline));
    }

    [Fact]
    public void Targets_are_configurable()
    {
        var targets = new ResponseTargets(TimeSpan.FromMinutes(45), TimeSpan.FromHours(8));
        var received = new DateTime(2026, 6, 1, 10, 0, 0, DateTimeKind.Utc);

        Assert.Equal(received.AddMinutes(45), targets.TriageDeadline(received, Child));
        Assert.Equal(received.AddHours(8), targets.TriageDeadline(received, UrgencyIndicators.None));
    }

    [Fact]
    public void A_local_time_is_refused()
    {
        Assert.Throws<ArgumentException>(() => ResponseTargets.Default.TriageDeadline(new DateTime(2026, 6, 1, 10, 0, 0, DateTimeKind.Local), Child));
    }
}
