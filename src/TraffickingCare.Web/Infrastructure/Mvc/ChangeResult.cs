namespace TraffickingCare.Web.Infrastructure.Mvc;

/// <summary>How a change to a record ended: not found, refused (<see cref="ErrorKey"/> is a resource key), or done.</summary>
public sealed record ChangeResult(bool Found, string? ErrorKey = null, Guid? CaseId = null)
{
    public static readonly ChangeResult NotFound = new(false);

    public bool Succeeded => Found && ErrorKey is null;
}
