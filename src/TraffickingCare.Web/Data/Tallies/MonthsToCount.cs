using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Referrals;

namespace TraffickingCare.Web.Data.Tallies;

/// <summary>
/// The months whose kept counts (<see cref="KeptMonths"/>) a save may change, taken from the change tracker before the
/// save: a referral's month before and after the change; a decided case's month of decision before and after; and the
/// cases whose referrals (a case's decision and its first day are its referral's outcome and wait) or whose counted
/// person (its profile, codes, services, field visits) bear on a month, which are looked up once the save's rows are
/// written.
/// </summary>
internal sealed class MonthsToCount
{
    private static readonly string[] ReferralBearing =
    [
        nameof(Referral.ReceivedAtUtc), nameof(Referral.ReferrerSectorCode), nameof(Referral.MunicipalityCode),
        nameof(Referral.Status), nameof(Referral.CaseId), nameof(Referral.IsDeleted),
    ];

    private static readonly string[] DecisionBearing =
    [
        nameof(CaseFile.FirstDecidedOn), nameof(CaseFile.ProcedureStartedAtUtc), nameof(CaseFile.ReferralId), nameof(CaseFile.IsDeleted),
    ];

    // A referral counts its case's decision as its outcome, and the days to its first decision in the sector table.
    private static readonly string[] OutcomeBearing =
        [nameof(CaseFile.Status), nameof(CaseFile.StatusBeforeClosure), nameof(CaseFile.FirstDecidedOn), nameof(CaseFile.IsDeleted)];

    private static readonly string[] PersonBearing = [nameof(CaseFile.Profile), nameof(CaseFile.Exploitation)];

    public HashSet<ReportMonth> Referrals { get; } = [];

    public HashSet<ReportMonth> Decisions { get; } = [];

    public HashSet<ReportMonth> Persons { get; } = [];

    /// <summary>Cases whose referrals' months are recounted: their decision is the referrals' outcome.</summary>
    public HashSet<Guid> ReferralsOfCases { get; } = [];

    /// <summary>Cases whose counted person's month is recounted: their profile, codes, services or visits changed.</summary>
    public HashSet<Guid> PersonsOfCases { get; } = [];

    public bool IsEmpty => Referrals.Count == 0 && Decisions.Count == 0 && Persons.Count == 0 && ReferralsOfCases.Count == 0 && PersonsOfCases.Count == 0;

    public static MonthsToCount ChangedIn(DbContext db, IEnumerable<Guid> talliedCases)
    {
        var months = new MonthsToCount();
        foreach (var entry in db.ChangeTracker.Entries<Referral>())
        {
            if (Bears(entry, ReferralBearing))
            {
                months.Referrals.UnionWith(Values(entry, r => r.ReceivedAtUtc).Select(ReportMonth.OfInstant));
            }
        }

        foreach (var entry in db.ChangeTracker.Entries<CaseFile>())
        {
            if (Bears(entry, DecisionBearing))
            {
                months.Decisions.UnionWith(Values(entry, c => c.FirstDecidedOn).OfType<DateOnly>().Select(ReportMonth.Of));
            }

            // A case added in this save needs no look-up: a referral takes its case's decision only once opened as that
            // case, a change of the referral's own that this save makes too; and an added case is counted as a person
            // by the counted persons' recount, which returns its months.
            if (entry.State != EntityState.Added && Bears(entry, OutcomeBearing))
            {
                months.ReferralsOfCases.Add(entry.Entity.Id);
            }

            if (entry.State == EntityState.Modified && PersonBearing.Any(p => entry.ComplexProperty(p).IsModified))
            {
                months.PersonsOfCases.Add(entry.Entity.Id);
            }
        }

        // The cases whose services or field visits this save writes: their person's support received.
        months.PersonsOfCases.UnionWith(talliedCases);
        months.PersonsOfCases.UnionWith(db.ChangeTracker.Entries<CaseCodeListValue>().Where(e => e.State != EntityState.Unchanged).Select(e => e.Entity.CaseId));
        months.PersonsOfCases.ExceptWith(db.ChangeTracker.Entries<CaseFile>().Where(e => e.State == EntityState.Added).Select(e => e.Entity.Id));
        return months;
    }

    /// <summary>Adds another save's months, for a writer that recounts once at its end (<see cref="AppDbContext.DeferredMonths"/>).</summary>
    public void Add(MonthsToCount other)
    {
        Referrals.UnionWith(other.Referrals);
        Decisions.UnionWith(other.Decisions);
        Persons.UnionWith(other.Persons);
        ReferralsOfCases.UnionWith(other.ReferralsOfCases);
        PersonsOfCases.UnionWith(other.PersonsOfCases);
    }

    /// <summary>Added or deleted, or changed in a property the counts bear on.</summary>
    private static bool Bears<T>(EntityEntry<T> entry, string[] bearing)
        where T : class => entry.State switch
        {
            EntityState.Added or EntityState.Deleted => true,
            EntityState.Modified => bearing.Any(p => entry.Property(p).IsModified),
            _ => false,
        };

    /// <summary>A property's value as saved before (unless added) and as it will be saved (unless deleted).</summary>
    private static IEnumerable<TValue> Values<T, TValue>(EntityEntry<T> entry, System.Linq.Expressions.Expression<Func<T, TValue>> property)
        where T : class
    {
        var values = entry.Property(property);
        if (entry.State != EntityState.Added)
        {
            yield return values.OriginalValue;
        }

        if (entry.State != EntityState.Deleted)
        {
            yield return values.CurrentValue;
        }
    }
}
