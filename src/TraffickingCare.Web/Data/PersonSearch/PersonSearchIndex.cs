using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.People;

namespace TraffickingCare.Web.Data.PersonSearch;

/// <summary>
/// Keeps the blind index of people's names and dates of birth, and searches it. Names are stored
/// with randomised encryption, so the database cannot compare them; it compares these tokens instead.
/// Index changes join the caller's unit of work: they commit with the identity they describe.
/// </summary>
public sealed class PersonSearchIndex(AppDbContext db, BlindIndexKey key)
{
    private const int ReindexBatchSize = 500;

    /// <summary>Brings the person's tokens in line with their identity; the caller saves.</summary>
    public async Task IndexAsync(PersonIdentity identity, CancellationToken ct) =>
        Reconcile(identity, await db.PersonSearchTokens.Where(t => t.PersonIdentityId == identity.Id).ToListAsync(ct));

    /// <summary>Brings each person's tokens in line with their identity, their stored tokens read in one command; the caller saves.</summary>
    public async Task IndexAsync(IReadOnlyCollection<PersonIdentity> identities, CancellationToken ct)
    {
        // One person may come twice (a re-import's two rows of cases that share a person): indexed once, as they are now.
        var people = identities.DistinctBy(i => i.Id).ToList();
        var ids = people.Select(i => i.Id).ToList();
        var stored = (await db.PersonSearchTokens.Where(t => EF.Parameter(ids).Contains(t.PersonIdentityId)).ToListAsync(ct)).ToLookup(t => t.PersonIdentityId);
        foreach (var identity in people)
        {
            Reconcile(identity, [.. stored[identity.Id]]);
        }
    }

    /// <summary>The tokens of a person never saved before (the historical import): nothing to compare, so no query.</summary>
    public void IndexNew(PersonIdentity identity) =>
        db.PersonSearchTokens.AddRange(TokensOf(identity).Distinct().Select(w => PersonSearchToken.Of(identity.Id, w.Kind, w.Token)));

    /// <summary>
    /// Indexes every person whose tokens were made with another key or older rules (or never made),
    /// e.g. after the key was rotated. Returns how many were rebuilt.
    /// </summary>
    public async Task<int> RebuildStaleAsync(CancellationToken ct)
    {
        var rebuilt = 0;
        while (true)
        {
            var stamp = key.Stamp;
            var stale = await db.PersonIdentities
                .Where(p => !db.PersonSearchTokens.Any(t => t.PersonIdentityId == p.Id && t.Kind == PersonSearchKind.Stamp && t.Token == stamp))
                .OrderBy(p => p.Id)
                .Take(ReindexBatchSize)
                .ToListAsync(ct);
            if (stale.Count == 0)
            {
                return rebuilt;
            }

            // A batch's tokens in one read: after a key rotation every person is stale, a million of them at scale.
            await IndexAsync(stale, ct);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            rebuilt += stale.Count;
        }
    }

    private void Reconcile(PersonIdentity identity, List<PersonSearchToken> stored)
    {
        var wanted = TokensOf(identity).ToHashSet();
        db.PersonSearchTokens.RemoveRange(stored.Where(t => !wanted.Contains((t.Kind, t.Token))));
        var kept = stored.Select(t => (t.Kind, t.Token)).ToHashSet();
        db.PersonSearchTokens.AddRange(wanted.Where(w => !kept.Contains(w)).Select(w => PersonSearchToken.Of(identity.Id, w.Kind, w.Token)));
    }

    /// <summary>
    /// People whose name words or date of birth match, best first. A name word or the exact date
    /// must match; an approximate birth year (from an age) only ranks.
    /// </summary>
    public async Task<IReadOnlyList<PersonSearchHit>> FindAsync(PersonSearchTerms terms, int take, CancellationToken ct)
    {
        var tokens = TermTokens(terms).ToList();
        if (!tokens.Any(t => t.Kind is PersonSearchKind.NameWord or PersonSearchKind.DateOfBirth))
        {
            return [];
        }

        var values = tokens.Select(t => t.Token).ToList();
        var hits = await db.PersonSearchTokens.AsNoTracking()
            .Where(t => values.Contains(t.Token))
            .GroupBy(t => t.PersonIdentityId)
            .Select(g => new
            {
                Id = g.Key,
                NameWords = g.Count(t => t.Kind == PersonSearchKind.NameWord),
                DateOfBirth = g.Count(t => t.Kind == PersonSearchKind.DateOfBirth),
                BirthYear = g.Count(t => t.Kind == PersonSearchKind.BirthYear),
            })
            .Where(h => h.NameWords > 0 || h.DateOfBirth > 0)
            .OrderByDescending(h => h.NameWords + (2 * h.DateOfBirth) + h.BirthYear)
            .ThenBy(h => h.Id)
            .Take(take)
            .ToListAsync(ct);
        return hits.Select(h => new PersonSearchHit(h.Id, h.NameWords, h.DateOfBirth > 0, h.BirthYear > 0)).ToList();
    }

    private IEnumerable<(PersonSearchKind Kind, string Token)> TokensOf(PersonIdentity identity) =>
        TokensOf([identity.FirstName, identity.LastName, identity.Alias], identity.DateOfBirth)
            .Prepend((PersonSearchKind.Stamp, key.Stamp));

    private IEnumerable<(PersonSearchKind Kind, string Token)> TokensOf(IEnumerable<string?> names, DateOnly? dateOfBirth)
    {
        foreach (var word in names.SelectMany(NameKeys.Words).Distinct())
        {
            yield return (PersonSearchKind.NameWord, key.Token(PersonSearchKind.NameWord, word));
        }

        if (dateOfBirth is { } dob)
        {
            yield return (PersonSearchKind.DateOfBirth, key.Token(PersonSearchKind.DateOfBirth, dob.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            yield return (PersonSearchKind.BirthYear, key.Token(PersonSearchKind.BirthYear, dob.Year.ToString(CultureInfo.InvariantCulture)));
        }
    }

    private IEnumerable<(PersonSearchKind Kind, string Token)> TermTokens(PersonSearchTerms terms)
    {
        var approximateYears = terms.DateOfBirth is null && terms.ApproximateBirthYear is { } year
            ? Enumerable.Range(year - 1, 3)
            : [];
        return TokensOf([terms.Name], terms.DateOfBirth)
            .Concat(approximateYears.Select(y => (PersonSearchKind.BirthYear, key.Token(PersonSearchKind.BirthYear, y.ToString(CultureInfo.InvariantCulture)))));
    }
}
