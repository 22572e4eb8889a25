using TraffickingCare.Domain.Support;

namespace TraffickingCare.Web.Features.FieldVisits;

/// <summary>A field visit in a list; <see cref="Outcome"/> and <see cref="NextStep"/> are null while the story is hidden.</summary>
public sealed record FieldVisitRow(
    Guid Id,
    DateOnly On,
    VisitPlace Place,
    string PurposeCode,
    IReadOnlyList<string?> Participants,
    string? Outcome,
    string? NextStep,
    DateOnly? NextStepOn,
    string AuthorId,
    string? AuthorName,
    DateTime WrittenAtUtc,
    Guid? AmendsVisitId)
{
    public string PurposeLabel { get; init; } = PurposeCode;

    public bool CanCorrect { get; init; }
}
