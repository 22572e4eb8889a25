namespace TraffickingCare.Domain.Identification;

/// <summary>The decisions of formal identification; the codes match the IdentificationDecision code list.</summary>
public enum IdentificationDecision
{
    Identified,
    NotIdentified,
    Suspended,
    Rejected,
}
