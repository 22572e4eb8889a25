namespace TraffickingCare.Web.Data.Tallies;

/// <summary>
/// An identified person as the annual report counts them: the case that stands for the person in the year of its
/// identification (<see cref="CountedPersons"/>). A summary derived from the cases and rebuilt whenever one that bears
/// on it is saved: nobody edits it, so it is no audited entity and has no version or soft delete.
/// </summary>
public sealed class CountedPerson : IMonthly
{
    public CountedPerson(Guid caseId, int year, int month)
    {
        CaseId = caseId;
        Year = year;
        Month = month;
    }

    public Guid CaseId { get; private set; }

    public int Year { get; private set; }

    /// <summary>The month of the identification, by which the report's counts of the persons are kept (<see cref="PersonMonths"/>).</summary>
    public int Month { get; private set; }
}
