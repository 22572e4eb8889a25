using Microsoft.EntityFrameworkCore;

namespace TraffickingCare.Web.Data.Tallies;

/// <summary>
/// What a save changes of the summaries kept on write for the annual report: the services' and the field visits'
/// tallies of the cases whose services or visits it writes (<see cref="ServiceTallies"/>, <see cref="VisitTallies"/>),
/// the counted persons of the cases whose counting it may change
/// (<see cref="CountedPersons"/>), and the counts kept per month that its records fall in (<see cref="KeptMonths"/>).
/// Taken from the change tracker before the save, recounted after its rows are written, in its transaction, in that
/// order: the months' counts read the tallies and the counted persons.
/// </summary>
internal sealed record SummaryChanges(List<Guid> TalliedCases, List<Guid> VisitedCases, PersonsToCount Persons, MonthsToCount Months)
{
    public bool IsEmpty => TalliedCases.Count == 0 && VisitedCases.Count == 0 && Persons.IsEmpty && Months.IsEmpty;

    public static SummaryChanges In(DbContext db)
    {
        var (tallied, visited) = (ServiceTallies.CasesChangedIn(db), VisitTallies.CasesChangedIn(db));
        return new(tallied, visited, CountedPersons.ChangedIn(db), MonthsToCount.ChangedIn(db, [.. tallied, .. visited]));
    }

    public async Task RecountAsync(AppDbContext db, CancellationToken ct)
    {
        if (TalliedCases.Count > 0)
        {
            await ServiceTallies.RecountAsync(db, TalliedCases, ct);
        }

        if (VisitedCases.Count > 0)
        {
            await VisitTallies.RecountAsync(db, VisitedCases, ct);
        }

        if (!Persons.IsEmpty)
        {
            Months.Persons.UnionWith(await CountedPersons.RecountAsync(db, Persons, ct));
        }

        if (!Months.IsEmpty)
        {
            await KeptMonths.RecountAsync(db, Months, ct);
        }
    }
}
