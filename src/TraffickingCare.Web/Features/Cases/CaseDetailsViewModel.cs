using TraffickingCare.Domain.Cases;
using TraffickingCare.Web.Features.Cases.CaseNotes;
using TraffickingCare.Web.Features.Cases.CasePerson;
using TraffickingCare.Web.Features.Cases.CaseStatistics;
using TraffickingCare.Web.Features.Shared.CasePanels;
using TraffickingCare.Web.Features.Shared.Lookups;

namespace TraffickingCare.Web.Features.Cases;

public sealed record CaseDetailsViewModel(
    Guid Id,
    string Code,
    CaseStatus Status,
    int Version,
    string LeadName,
    IReadOnlyList<CodeListOption> Team,
    DateTime OpenedAtUtc,
    Guid? ReferralId,
    bool IsRestricted,
    DateOnly? PresumedVictimSince,
    string? ClosureReason,
    DateOnly? FollowUpOn,
    IReadOnlyList<CaseNoteRow> Notes,
    IReadOnlyList<CaseStatus> NextStatuses,
    bool CanEdit)
{
    /// <summary>What the user typed in a refused form, shown again.</summary>
    public CaseNoteForm NoteForm { get; init; } = new();

    /// <summary>The note whose correction was just refused while it can still be corrected: its form opens with what was typed.</summary>
    public Guid? RefusedCorrectionOf { get; init; }

    /// <summary>The person's identifying data; null while hidden (management must give a reason first).</summary>
    public PersonIdentityForm? Person { get; init; }

    public bool HasPerson { get; init; }

    /// <summary>The day the retention run replaced the case's identifying data with nothing; null while it holds it.</summary>
    public DateOnly? AnonymisedOn { get; init; }

    /// <summary>The notes' text is withheld (management without a recorded reason); their bylines still show.</summary>
    public bool NotesHidden { get; init; }

    /// <summary>The non-identifying profile and the exploitation record (read by everyone who sees the case).</summary>
    public CaseStatisticsPanel? Statistics { get; init; }

    /// <summary>The panels other features contribute (services, network, proceedings...), in page order.</summary>
    public IReadOnlyList<CasePanelView> Panels { get; init; } = [];

    /// <summary>Whether the viewer staffs the case (the coordinator): the page links to the case's team page.</summary>
    public bool CanStaff { get; init; }
}
