using Microsoft.EntityFrameworkCore;

namespace TraffickingCare.Web.Data.Seeding;

/// <summary>
/// Development only: a small synthetic caseload, so that the register, filters and home page have
/// something to show. The same generator as the <c>seed</c> command, at a size that starts in a blink.
/// </summary>
public sealed class DemoReferralSeeder(AppDbContext db, SyntheticCaseloadGenerator generator)
{
    public async Task SeedAsync(SeedOptions options, CancellationToken ct)
    {
        // An empty start (Seed:DemoData off) gets no demo record at all, the directory's partners included.
        var count = options.DemoReferrals;
        if (!options.DemoData || count <= 0)
        {
            return;
        }

        // Before the referrals check: a demo database made before the directory existed gets it too.
        await DemoPartners.SeedAsync(db, ct);
        if (await db.Referrals.AnyAsync(ct))
        {
            return;
        }

        await generator.GenerateAsync(cases: count / 5, referrals: count, progress: null, ct);
    }
}
