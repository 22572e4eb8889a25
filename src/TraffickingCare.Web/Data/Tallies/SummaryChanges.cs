using Microsoft.EntityFrameworkCore;

namespace TraffickingCare.Web.Data.Tallies;

/// <summary>
/// What a save changes of the summaries kept on write for the annual report: the services' tallies of the cases whose
/// services it writes (<see cref="ServiceTallies"/>) and the counted persons of the cases whose counting it may change
/// (<see cref="CountedPersons"/>). Taken from the change tracker before the save, recounted after its rows are
/// written, in its transaction.
/// </summary>
internal sealed record SummaryChanges(List<Guid> TalliedCases, PersonsToCount Persons)
{
    public bool IsEmpty => TalliedCases.Count == 0 && Persons.IsEmpty;

    public static SummaryChanges In(DbContext db) => new(ServiceTallies.CasesChangedIn(db), CountedPersons.ChangedIn(db));

    public async Task RecountAsync(AppDbContext db, CancellationToken ct)
    {
        if (TalliedCases.Count > 0)
        {
            await ServiceTallies.RecountAsync(db, TalliedCases, ct);
        }

        if (!Persons.IsEmpty)
        {
            await CountedPersons.RecountAsync(db, Persons, ct);
        }
    }
}
