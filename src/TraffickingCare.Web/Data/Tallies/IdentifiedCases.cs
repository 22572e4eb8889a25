using TraffickingCare.Domain.Cases;

namespace TraffickingCare.Web.Data.Tallies;

/// <summary>
/// The one definition of "identified, and when" the report and management's dashboard count by: cases whose decision
/// as it stands is "identified" (a closed case by its status before closing), dated by the case's first approved
/// "identified" decision (<see cref="CaseFile.IdentifiedOn"/>: a correction that keeps the decision does not move it).
/// </summary>
internal static class IdentifiedCases
{
    public static IQueryable<IdentifiedCase> Of(AppDbContext db) =>
        from c in db.Cases
        where c.IdentifiedOn != null
        // Written as one comparison rather than an OR of two, so that SQLite finds the cases by the day's index (which
        // holds the statuses) instead of reading every identified case of every year through the status's.
        where (c.Status == CaseStatus.Closed ? c.StatusBeforeClosure : c.Status) == CaseStatus.IdentifiedVictim
        select new IdentifiedCase
        {
            Id = c.Id,
            Code = c.Code,
            Identity = c.PersonIdentityId,
            On = c.IdentifiedOn!.Value,
            Sex = c.Profile.SexCode,
            Age = c.Profile.AgeAtExploitation,
            Citizenship = c.Profile.CitizenshipCode,
            Transnational = c.Exploitation.IsTransnational,
        };

    /// <summary>
    /// The persons identified, each once per year: of a person's cases identified in one year, the one with the lowest
    /// case code stands for the person (a case without an identity record is a person of its own). The rule by which a
    /// save keeps <see cref="CountedPerson"/> (<see cref="CountedPersons"/>); the report reads those rows rather than
    /// finding the persons again in each of its commands, which was a third of its time.
    /// </summary>
    public static IQueryable<IdentifiedCase> Persons(AppDbContext db)
    {
        var identified = Of(db);
        return from c in identified
               where c.Identity == null || !identified.Any(o => o.Identity == c.Identity && o.On.Year == c.On.Year && string.Compare(o.Code, c.Code) < 0)
               select c;
    }
}

/// <summary>
/// An identified case: the case, its code, its identity record if it has one, the day it was identified, and what the
/// report describes the person by, read with the case (joining the cases again for them cost a second lookup per case).
/// </summary>
internal sealed class IdentifiedCase
{
    public Guid Id { get; init; }

    public string Code { get; init; } = string.Empty;

    public Guid? Identity { get; init; }

    public DateOnly On { get; init; }

    public string? Sex { get; init; }

    public int? Age { get; init; }

    public string? Citizenship { get; init; }

    public bool? Transnational { get; init; }
}
