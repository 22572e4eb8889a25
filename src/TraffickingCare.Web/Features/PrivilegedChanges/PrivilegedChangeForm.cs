namespace TraffickingCare.Web.Features.PrivilegedChanges;

/// <summary>Approve or refuse one request, at the version the approver saw.</summary>
public sealed class PrivilegedChangeForm
{
    public Guid Id { get; set; }

    public int Version { get; set; }
}
