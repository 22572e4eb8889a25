using TraffickingCare.Domain.Identification;
using TraffickingCare.Web.Features.Identification.Findings.FindingsReview;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Features.Shared.Story;

namespace TraffickingCare.Web.Features.Identification.Findings;

/// <summary>One findings and opinion: its editor while a draft (for the team), otherwise the document and its workflow.</summary>
public sealed record FindingsViewModel(
    Guid Id,
    Guid CaseId,
    string CaseCode,
    int Revision,
    int? SupersedesRevision,
    int? CorrectedByRevision,
    FindingsStatus Status,
    FindingsForm Form,
    string FirstAuthorName,
    string? SecondAuthorName,
    string? ApprovedByName,
    DateOnly? DecidedOn,
    IReadOnlyList<CodeListOption> Caseworkers,
    IReadOnlyList<CodeListOption> ExploitationTypes)
{
    /// <summary>The people who wrote it (created, saved or changed it), in the order they first did: its real authors.</summary>
    public IReadOnlyList<string> EditorNames { get; init; } = [];

    /// <summary>The coordinator's reason for returning it, shown to the team that is to change it.</summary>
    public string? ReturnReason { get; init; }

    /// <summary>The sections are withheld (management without a recorded reason, see <see cref="CaseStory"/>).</summary>
    public bool SectionsHidden { get; init; }

    /// <summary>Shown on a reason given for this page only: a download asks for its own reason.</summary>
    public bool ShownByReason { get; init; }

    /// <summary>The coordinator's return, kept as typed after a refusal.</summary>
    public ReturnFindingsForm ReturnForm { get; init; } = new();

    public bool CanEdit { get; init; }

    public bool CanApprove { get; init; }

    public bool CanCorrect { get; init; }

    public string? FormLabel(string code) => ExploitationTypes.FirstOrDefault(o => o.Code == code)?.Label ?? code;
}
