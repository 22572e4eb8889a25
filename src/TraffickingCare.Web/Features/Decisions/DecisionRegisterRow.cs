using TraffickingCare.Domain.Identification;

namespace TraffickingCare.Web.Features.Decisions;

/// <param name="CorrectedByRevision">The final revision that replaced this one, if any.</param>
public sealed record DecisionRegisterRow(
    Guid CaseId,
    string CaseCode,
    IdentificationDecision Decision,
    IReadOnlyList<string> Forms,
    DateOnly DecidedOn,
    int Revision,
    int? CorrectedByRevision,
    string FirstAuthor,
    string? SecondAuthor,
    string? ApprovedBy);
