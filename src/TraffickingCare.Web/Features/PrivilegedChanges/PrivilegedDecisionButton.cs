namespace TraffickingCare.Web.Features.PrivilegedChanges;

/// <summary>One decision's button on a pending request; it posts a <see cref="PrivilegedChangeForm"/> (the same field names).</summary>
public sealed record PrivilegedDecisionButton(PrivilegedChangeRow Change, PrivilegedDecision Decision)
{
    public Guid Id => Change.Id;

    public int Version => Change.Version;
}
