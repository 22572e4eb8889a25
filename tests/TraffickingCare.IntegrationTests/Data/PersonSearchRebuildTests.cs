using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.People;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Data.PersonSearch;

namespace TraffickingCare.IntegrationTests.Data;

/// <summary>
/// After the blind index's key is rotated (or its rules change) every person's tokens are stale, and the app rebuilds
/// them at start-up before it serves: a batch's stored tokens are read in one command, not one per person (a million
/// reads at a national centre's size).
/// </summary>
public sealed class PersonSearchRebuildTests : IAsyncLifetime
{
    private const int People = 60;
    private readonly AppFactory factory = new();

    public async Task InitializeAsync()
    {
        await factory.WithDbAsync(async db =>
        {
            var index = Index(db);
            for (var i = 0; i < People; i++)
            {
                var person = PersonIdentity.Record(new PersonIdentityDetails("Rotacija", $"Probna{i:00}", null, new DateOnly(1990, 1, 1).AddDays(i)));
                db.PersonIdentities.Add(person);
                index.IndexNew(person);
            }

            await db.SaveChangesAsync();
        });
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task Every_stale_person_is_indexed_again_and_found_with_the_tokens_read_once_per_batch()
    {
        // Tokens made with the retired key: none matches a search any more, and none carries the current stamp.
        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE PersonSearchTokens SET Token = 'retired' || Token"));
        Assert.Empty(await factory.WithDbAsync(db => Index(db).FindAsync(new PersonSearchTerms("Rotacija", null), 100, CancellationToken.None)));

        using var counter = new SqlCommandCounter(factory.DatabasePath);
        var rebuilt = await factory.WithDbAsync(db => Index(db).RebuildStaleAsync(CancellationToken.None));

        Assert.True(rebuilt >= People, $"{rebuilt} rebuilt");
        // One batch (up to 500 people): its stored tokens in one read.
        Assert.Single(counter.Commands, c => c.Sql.StartsWith("SELECT", StringComparison.Ordinal)
            && c.Sql.Contains("FROM \"PersonSearchTokens\"", StringComparison.Ordinal) && !c.Sql.Contains("FROM \"PersonIdentities\"", StringComparison.Ordinal));
        Assert.Equal(People, (await factory.WithDbAsync(db => Index(db).FindAsync(new PersonSearchTerms("Rotacija", null), 100, CancellationToken.None))).Count);
        Assert.Equal(0, await factory.WithDbAsync(db => db.PersonSearchTokens.CountAsync(t => t.Token.StartsWith("retired"))));
    }

    [Fact]
    public async Task A_person_given_twice_in_one_batch_is_indexed_once()
    {
        var found = await factory.WithDbAsync(async db =>
        {
            var person = await db.PersonIdentities.OrderBy(p => p.Id).FirstAsync();
            person.Correct(new PersonIdentityDetails("Ispravljena", person.LastName, person.Alias, person.DateOfBirth));
            await Index(db).IndexAsync([person, person], CancellationToken.None);
            await db.SaveChangesAsync();
            return await Index(db).FindAsync(new PersonSearchTerms("Ispravljena", null), 10, CancellationToken.None);
        });

        Assert.Single(found);
    }

    private PersonSearchIndex Index(Web.Data.AppDbContext db) => new(db, factory.Services.GetRequiredService<BlindIndexKey>());
}
