namespace TraffickingCare.Domain.Support;

/// <summary>What a field visit was: day, kind of place, purpose (code of the <c>VisitPurpose</c> list), who went, what came of it, what next.</summary>
public sealed record FieldVisitDetails(
    DateOnly On,
    VisitPlace Place,
    string PurposeCode,
    IReadOnlyCollection<StaffOrPartner> Participants,
    string? Outcome,
    string? NextStep,
    DateOnly? NextStepOn);
