using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace TraffickingCare.Web.Features.Account;

/// <summary>
/// Failed sign-ins with a user name that does not exist are counted and locked out as Identity counts
/// and locks a real account (the same number of attempts, the same lockout time), so the lockout page
/// does not tell whoever is guessing which names are real. Kept in memory: a restart forgets it, as it
/// also lets a guesser start over on any name.
/// </summary>
public sealed class UnknownUserLockout(TimeProvider time, IOptions<IdentityOptions> identity)
{
    // Enough for any real mistyping; a spray of made-up names beyond it is slowed by the rate limit.
    private const int MaxTracked = 10_000;

    private readonly Dictionary<string, Attempts> attempts = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    /// <summary>Records a failed attempt for the (normalized) name; true when the name is locked out.</summary>
    public bool FailAndCheckLockedOut(string normalizedUserName)
    {
        var now = time.GetUtcNow();
        var lockout = identity.Value.Lockout;
        lock (gate)
        {
            if (attempts.TryGetValue(normalizedUserName, out var current) && current.LockedUntil > now)
            {
                return true;
            }

            if (current is null && attempts.Count >= MaxTracked && !Prune(now, lockout.DefaultLockoutTimeSpan))
            {
                // Full of live entries: the oldest gives way, so a new name is still counted (refusing to
                // count it would again let only real names reach the lockout page).
                attempts.Remove(attempts.MinBy(a => a.Value.LastFailure).Key);
            }

            var failures = (current?.Failures ?? 0) + 1;
            var locked = failures >= lockout.MaxFailedAccessAttempts;
            attempts[normalizedUserName] = locked ? new Attempts(0, now + lockout.DefaultLockoutTimeSpan, now) : new Attempts(failures, null, now);
            return locked;
        }
    }

    private bool Prune(DateTimeOffset now, TimeSpan idle)
    {
        foreach (var stale in attempts.Where(a => !(a.Value.LockedUntil > now) && a.Value.LastFailure < now - idle).Select(a => a.Key).ToList())
        {
            attempts.Remove(stale);
        }

        return attempts.Count < MaxTracked;
    }

    private sealed record Attempts(int Failures, DateTimeOffset? LockedUntil, DateTimeOffset LastFailure);
}
