using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Data.PersonSearch;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Shared.People;

/// <summary>The cases of people who match: two commands, the index lookup and the cases of its hits.</summary>
public sealed class PersonMatchQuery(AppDbContext db, PersonSearchIndex index)
{
    public const int MaxMatches = 20;

    public async Task<IReadOnlyList<PersonMatchRow>> FindAsync(PersonSearchTerms terms, CancellationToken ct)
    {
        var hits = await index.FindAsync(terms, MaxMatches, ct);
        if (hits.Count == 0)
        {
            return [];
        }

        var personIds = hits.Select(h => (Guid?)h.PersonIdentityId).ToList();
        var cases = await db.Cases.AsNoTracking()
            .Where(c => personIds.Contains(c.PersonIdentityId))
            .Select(c => new
            {
                c.Id,
                c.Code,
                c.Status,
                c.OpenedAtUtc,
                c.PersonIdentityId,
                Lead = db.Users.Where(u => u.Id == c.LeadCaseworkerId).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .ToListAsync(ct);

        // Best match first, as the index ranked them.
        return hits
            .SelectMany(h => cases.Where(c => c.PersonIdentityId == h.PersonIdentityId).Select(c => new PersonMatchRow(
                c.Id, c.Code, "Cases.Status." + c.Status, CentreClock.ToLocal(c.OpenedAtUtc), c.Lead, h.NameWords, h.DateOfBirth, h.BirthYear, h.PersonIdentityId)))
            .ToList();
    }
}
