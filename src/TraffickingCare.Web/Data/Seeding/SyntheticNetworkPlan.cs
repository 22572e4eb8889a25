using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Partners;
using TraffickingCare.Domain.Support;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Data.Seeding;

/// <summary>
/// Support networks for the synthetic cases: 3 to 8 actors each from the partner directory (social protection
/// nearly always, then other sectors at random, a family member by relation code without an institution), so some
/// sectors stay missing; last contacts spread over the last four months, so some have gone stale; a few actors
/// ended. Creates nothing while the directory is empty. Its own random sequence: the rest of the demo stays as it was.
/// </summary>
internal sealed class SyntheticNetworkPlan
{
    private static readonly Dictionary<Sector, string[]> Roles = new()
    {
        [Sector.SocialProtection] = ["CaseManagement", "Guardianship", "FinancialAssistance"],
        [Sector.Education] = ["Schooling"],
        [Sector.Justice] = ["Prosecution", "LegalAid"],
        [Sector.Health] = ["HealthCare", "PsychologicalSupport"],
        [Sector.Police] = ["Protection"],
        [Sector.Employment] = ["Employment"],
        [Sector.Ngo] = ["PsychologicalSupport", "LegalAid", "Accommodation"],
        [Sector.LocalSelfGovernment] = ["FinancialAssistance", "Accommodation"],
        [Sector.Family] = ["Parent", "Sibling", "Grandparent", "OtherRelative"],
        [Sector.InternationalOrganisation] = ["Other"],
        [Sector.Other] = ["Other"],
    };

    private readonly Random random = new(2028);
    private readonly Dictionary<Sector, List<(Guid Id, Guid? ContactId)>> partners;
    private readonly List<Sector> sectors;

    private SyntheticNetworkPlan(Dictionary<Sector, List<(Guid, Guid?)>> partners)
    {
        this.partners = partners;
        sectors = [.. partners.Keys.Where(s => s != Sector.SocialProtection).Append(Sector.Family).Distinct().Order()];
    }

    public static async Task<SyntheticNetworkPlan> LoadAsync(AppDbContext db, CancellationToken ct)
    {
        var rows = await db.Partners.AsNoTracking()
            .Where(p => p.MergedIntoId == null)
            .OrderBy(p => p.Name)
            .Select(p => new { p.Id, p.Sector, Contact = db.PartnerContacts.Where(c => c.PartnerId == p.Id).OrderBy(c => c.Name).Select(c => (Guid?)c.Id).FirstOrDefault() })
            .ToListAsync(ct);
        return new SyntheticNetworkPlan(rows.GroupBy(r => r.Sector).ToDictionary(g => g.Key, g => g.Select(r => (r.Id, r.Contact)).ToList()));
    }

    public void Give(AppDbContext db, CaseFile file, DateTime openedAtUtc, DateTime nowUtc)
    {
        if (partners.Count == 0)
        {
            return;
        }

        var opened = DateOnly.FromDateTime(CentreClock.ToLocal(openedAtUtc));
        var today = DateOnly.FromDateTime(CentreClock.ToLocal(nowUtc));
        var span = Math.Max(0, today.DayNumber - opened.DayNumber);
        var count = random.Next(3, 9);
        var chosen = new List<Sector>();
        if (partners.ContainsKey(Sector.SocialProtection) && random.Next(10) > 0)
        {
            chosen.Add(Sector.SocialProtection);
        }

        while (chosen.Count < count)
        {
            chosen.Add(sectors[random.Next(sectors.Count)]);
        }

        foreach (var sector in chosen)
        {
            var (partnerId, contactId) = partners.TryGetValue(sector, out var inSector) && (sector != Sector.Family || random.Next(4) == 0)
                ? inSector[random.Next(inSector.Count)]
                : (default(Guid?), default(Guid?));
            if (partnerId is null && sector != Sector.Family)
            {
                continue;
            }

            var roles = Roles[sector];
            DateOnly? lastContact = random.Next(5) == 0 ? null : today.AddDays(-random.Next(0, Math.Min(120, span) + 1));
            var actor = NetworkActor.Add(file.Id, partnerId, partnerId is null || random.Next(2) == 0 ? null : contactId, sector, roles[random.Next(roles.Length)], lastContact, today);
            if (file.Status == CaseStatus.Closed || random.Next(12) == 0)
            {
                actor.End(today.AddDays(-random.Next(0, Math.Min(60, span) + 1)), today);
            }

            db.NetworkActors.Add(actor);
        }
    }
}
