using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TraffickingCare.Web.Features.Account;

namespace TraffickingCare.UnitTests.Features.Account;

public sealed class UnknownUserLockoutTests
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    private UnknownUserLockout Lockout() => new(clock, Options.Create(new IdentityOptions
    {
        Lockout = { MaxFailedAccessAttempts = 5, DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15) },
    }));

    [Fact]
    public void An_unknown_name_is_locked_on_the_fifth_failure_for_the_lockout_time_then_counted_afresh()
    {
        var lockout = Lockout();

        var first = Enumerable.Range(1, 5).Select(_ => lockout.FailAndCheckLockedOut("NEPOSTOJI")).ToList();
        clock.Advance(TimeSpan.FromMinutes(14));
        var stillLocked = lockout.FailAndCheckLockedOut("NEPOSTOJI");
        clock.Advance(TimeSpan.FromMinutes(1));
        var afterwards = Enumerable.Range(1, 5).Select(_ => lockout.FailAndCheckLockedOut("NEPOSTOJI")).ToList();

        Assert.Equal([false, false, false, false, true], first);
        Assert.True(stillLocked);
        Assert.Equal([false, false, false, false, true], afterwards);
    }

    [Fact]
    public void Each_name_is_counted_on_its_own()
    {
        var lockout = Lockout();
        for (var i = 0; i < 4; i++)
        {
            lockout.FailAndCheckLockedOut("PRVI");
        }

        Assert.False(lockout.FailAndCheckLockedOut("DRUGI"));
        Assert.True(lockout.FailAndCheckLockedOut("PRVI"));
    }

    [Fact]
    public void A_new_name_is_still_locked_out_when_the_table_is_full_of_live_entries()
    {
        var lockout = Lockout();
        for (var i = 0; i < 10_000; i++)
        {
            lockout.FailAndCheckLockedOut("IZMISLJEN" + i);
        }

        var attempts = Enumerable.Range(1, 5).Select(_ => lockout.FailAndCheckLockedOut("JOS-JEDAN")).ToList();

        Assert.Equal([false, false, false, false, true], attempts);
    }
}
