namespace TraffickingCare.Web.Data.Tallies;

/// <summary>
/// How many field visits a case had in one calendar year, as the annual report counts them (<see cref="VisitTallies"/>).
/// A summary derived from the visits and rebuilt whenever they are saved: nobody edits it, so it is no audited entity
/// and has no version or soft delete.
/// </summary>
public sealed class VisitTally
{
    public VisitTally(Guid caseId, int year, int visits)
    {
        CaseId = caseId;
        Year = year;
        Visits = visits;
    }

    public Guid CaseId { get; private set; }

    public int Year { get; private set; }

    public int Visits { get; private set; }
}
