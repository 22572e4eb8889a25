namespace TraffickingCare.Web.Features.PrivilegedChanges;

/// <summary>What the second person decides: the name of the action it posts to and the suffix of its resource keys.</summary>
public enum PrivilegedDecision
{
    Approve,
    Refuse,
}
