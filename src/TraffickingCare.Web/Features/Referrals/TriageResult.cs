namespace TraffickingCare.Web.Features.Referrals;

/// <summary>How a triage or assignment ended; <see cref="ErrorKey"/> is a resource key when it was refused.</summary>
public sealed record TriageResult(bool Found, string? ErrorKey = null, Guid? CaseId = null)
{
    public static readonly TriageResult NotFound = new(false);

    public bool Succeeded => Found && ErrorKey is null;
}
