namespace TraffickingCare.Domain.Identification;

/// <summary>Draft → submitted → final (approved by a coordinator who is not an author).</summary>
public enum FindingsStatus
{
    Draft,
    Submitted,
    Final,
}
