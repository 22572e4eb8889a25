using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Referrals;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.Web.Data.Seeding;

/// <summary>
/// Development only: synthetic referrals over five years, so that the register, filters and home page
/// have something to show. Deterministic (fixed seed); no real person's name, only "Demo osoba N".
/// </summary>
public sealed class DemoReferralSeeder(AppDbContext db, TimeProvider clock)
{
    private static readonly string[] Channels = ["Phone", "Email", "Letter", "InPerson", "Hotline", "LocalTeam"];

    public async Task SeedAsync(int count, CancellationToken ct)
    {
        if (await db.Referrals.AnyAsync(ct))
        {
            return;
        }

        var caseworkers = await db.Users
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Caseworker)))
            .Select(u => u.Id).ToListAsync(ct);
        var coordinator = await db.Users.Where(u => u.UserName == "koordinator").Select(u => u.Id).FirstOrDefaultAsync(ct) ?? "system";
        var sectors = await Codes("ReferrerSector", ct);
        var municipalities = await Codes("Municipality", ct);
        var citizenships = await Codes("Citizenship", ct);
        var random = new Random(2026);
        var now = clock.GetUtcNow().UtcDateTime;

        for (var i = 0; i < count; i++)
        {
            // Most referrals are old and triaged; the newest few are still waiting, some of them overdue.
            var received = i < 8 ? now.AddMinutes(-random.Next(10, 60 * 30)) : now.AddDays(-random.Next(1, 5 * 365)).AddMinutes(-random.Next(0, 1440));
            var urgency = new UrgencyIndicators(random.Next(6) == 0, random.Next(4) == 0, random.Next(10) == 0, random.Next(12) == 0);
            var person = new ReferredPerson(
                random.Next(3) == 0 ? null : $"Demo osoba {i + 1}",
                random.Next(4) == 0 ? null : random.Next(5) < 4 ? "Feminine" : "Masculine",
                random.Next(3) == 0 ? null : random.Next(12, 45),
                null,
                Pick(citizenships, random),
                null);
            var receipt = new ReferralReceipt(received, Channels[random.Next(Channels.Length)], Pick(sectors, random)!, null, null, Pick(municipalities, random), person, null, urgency);
            var loggedBy = caseworkers.Count == 0 ? "system" : caseworkers[random.Next(caseworkers.Count)];
            var referral = Referral.Log(receipt, ResponseTargets.Default, loggedBy, now);
            if (i >= 8)
            {
                var proposed = received.AddMinutes(random.Next(15, urgency.IsUrgent ? 150 : 1800));
                var triagedAt = proposed < now ? proposed : now;
                switch (random.Next(10))
                {
                    case < 6:
                        referral.ForwardAsNotTrafficking("Centar za socijalni rad", coordinator, triagedAt);
                        break;
                    case < 8:
                        referral.Reject("Nema elemenata trgovine ljudima.", coordinator, triagedAt);
                        break;
                    default:
                        referral.AssignTo(loggedBy);
                        referral.ForwardAsNotTrafficking("Policijska uprava", coordinator, triagedAt);
                        break;
                }
            }

            db.Referrals.Add(referral);
        }

        await db.SaveChangesAsync(ct);
    }

    private Task<List<string>> Codes(string list, CancellationToken ct) =>
        db.CodeListItems.Where(c => c.List == list).Select(c => c.Code).ToListAsync(ct);

    private static string? Pick(List<string> codes, Random random) => codes.Count == 0 ? null : codes[random.Next(codes.Count)];
}
