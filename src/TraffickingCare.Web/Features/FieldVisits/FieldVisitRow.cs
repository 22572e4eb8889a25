using TraffickingCare.Domain.CodeLists;
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
    /// <summary>The purpose's labels as the code list holds them (read with the row); <see cref="PurposeLabel"/> is the reader's.</summary>
    public CodeListLabels? PurposeLabels { get; init; }

    public string PurposeLabel { get; init; } = PurposeCode;

    public bool CanCorrect { get; init; }
}
