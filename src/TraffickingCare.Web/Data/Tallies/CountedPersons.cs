using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using TraffickingCare.Domain.Cases;

namespace TraffickingCare.Web.Data.Tallies;

/// <summary>
/// Keeps <see cref="CountedPerson"/> equal to the identified persons as the report counts them
/// (<see cref="IdentifiedCases.Persons"/>), written by <see cref="AppDbContext"/>'s save in the transaction of the change.
/// Which case stands for a person depends on the person's other cases, so a changed case's person is recounted from
/// all their cases, never adjusted by one. The report's commands then start from these rows instead of finding the
/// persons again, each of them, over every identified case (docs/performance.md).
/// </summary>
internal static class CountedPersons
{
    /// <summary>What a case's counting depends on: its decision, its status, its person, its code and its deletion.</summary>
    private static readonly string[] Bearing =
    [
        nameof(CaseFile.IdentifiedOn), nameof(CaseFile.Status), nameof(CaseFile.StatusBeforeClosure),
        nameof(CaseFile.PersonIdentityId), nameof(CaseFile.Code), nameof(CaseFile.IsDeleted),
    ];

    /// <summary>
    /// The cases and persons whose counting this save may change: a case added as identified, or changed in what
    /// counting bears on.
    /// </summary>
    public static PersonsToCount ChangedIn(DbContext db)
    {
        var scope = new PersonsToCount([], []);
        foreach (var entry in db.ChangeTracker.Entries<CaseFile>())
        {
            var bears = entry.State switch
            {
                EntityState.Added => entry.Entity.IdentifiedOn is not null,
                EntityState.Deleted => true,
                EntityState.Modified => Bearing.Any(p => entry.Property(p).IsModified),
                _ => false,
            };
            if (bears)
            {
                scope.Add(entry);
            }
        }

        return scope;
    }

    /// <summary>
    /// Counts the persons of these cases and identities again from their cases as saved; run after the cases are
    /// written. Returns the months the persons were counted in before and are now (<see cref="PersonMonths"/>).
    /// </summary>
    public static async Task<HashSet<ReportMonth>> RecountAsync(AppDbContext db, PersonsToCount scope, CancellationToken ct)
    {
        // Every case of the persons: the one that stood for a person may no longer, and another may now. The ids go as
        // one JSON parameter (EF.Parameter): an import batch's cases as separate parameters would come near SQL
        // Server's limit of 2,100.
        List<Guid> cases = [.. scope.Cases];
        List<Guid> persons = [.. scope.Persons];
        if (persons.Count > 0)
        {
            cases.AddRange(await db.Cases.IgnoreQueryFilters().AsNoTracking()
                .Where(c => c.PersonIdentityId != null && EF.Parameter(persons).Contains(c.PersonIdentityId.Value))
                .Select(c => c.Id).ToListAsync(ct));
            cases = [.. cases.Distinct()];
        }

        var counted = await IdentifiedCases.Persons(db).Where(p => EF.Parameter(cases).Contains(p.Id))
            .Select(p => new { p.Id, p.On.Year, p.On.Month }).ToListAsync(ct);
        var before = await db.CountedPersons.AsNoTracking().Where(p => EF.Parameter(cases).Contains(p.CaseId))
            .Select(p => new { p.Year, p.Month }).Distinct().ToListAsync(ct);
        await db.CountedPersons.Where(p => EF.Parameter(cases).Contains(p.CaseId)).ExecuteDeleteAsync(ct);

        // Written as SQL rather than through the change tracker, as the services' tallies are (ServiceTallies).
        await AddedRowsWriter.InsertAsync(db, [.. counted.Select(p => new CountedPerson(p.Id, p.Year, p.Month))], ct);
        return [.. before.Select(p => new ReportMonth(p.Year, p.Month)).Concat(counted.Select(p => new ReportMonth(p.Year, p.Month)))];
    }
}

/// <summary>The cases, and the persons (identity records) of cases, whose counting a save may change.</summary>
internal sealed record PersonsToCount(HashSet<Guid> Cases, HashSet<Guid> Persons)
{
    public bool IsEmpty => Cases.Count == 0;

    public void Add(EntityEntry<CaseFile> entry)
    {
        Cases.Add(entry.Entity.Id);
        var property = entry.Property(c => c.PersonIdentityId);
        foreach (var person in entry.State == EntityState.Added ? [property.CurrentValue] : new[] { property.CurrentValue, property.OriginalValue })
        {
            if (person is { } id)
            {
                Persons.Add(id);
            }
        }
    }
}
