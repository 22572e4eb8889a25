namespace TraffickingCare.Web.Data.Tallies;

/// <summary>
/// How many services of one type a case was given in one calendar year, as the annual report counts them
/// (<see cref="ServiceTallies"/>). A summary derived from the services and rebuilt whenever they are saved: nobody edits
/// it, so it is no audited entity and has no version or soft delete.
/// </summary>
public sealed class ServiceTally
{
    public ServiceTally(Guid caseId, string typeCode, int year, int services)
    {
        CaseId = caseId;
        TypeCode = typeCode;
        Year = year;
        Services = services;
    }

    public Guid CaseId { get; private set; }

    public string TypeCode { get; private set; }

    public int Year { get; private set; }

    public int Services { get; private set; }
}
