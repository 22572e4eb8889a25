using TraffickingCare.Domain.Common;

namespace TraffickingCare.Domain.Identification;

/// <summary>
/// The findings and opinion (nalaz i mišljenje): the written, two-author basis of an identification
/// decision. It is edited as a draft, submitted, and approved by a coordinator who wrote none of it
/// (four eyes: neither a named author nor anyone recorded as having edited it); then it is final and never changes. A correction is a new revision that names the
/// one it corrects, so the register shows what was decided, when, and what replaced it.
/// </summary>
public sealed partial class FindingsAndOpinion : Entity
{
    public const int ReturnReasonMaxLength = 2000;

    private readonly List<FindingsExploitationForm> exploitationForms = [];
    private readonly List<FindingsEditor> editors = [];

    private FindingsAndOpinion()
    {
        FirstAuthorId = string.Empty;
    }

    public Guid CaseId { get; private set; }

    /// <summary>1 for the first findings of a case, then one more for each correction.</summary>
    public int Revision { get; private set; }

    public Guid? SupersedesId { get; private set; }

    public FindingsStatus Status { get; private set; }

    public string? Basis { get; private set; }

    public string? Sources { get; private set; }

    public string? EstablishedFacts { get; private set; }

    public string? IndicatorAnalysis { get; private set; }

    public string? Opinion { get; private set; }

    public IdentificationDecision? Decision { get; private set; }

    public string FirstAuthorId { get; private set; }

    public string? SecondAuthorId { get; private set; }

    public DateTime? SubmittedAtUtc { get; private set; }

    /// <summary>Why the coordinator last sent it back: what the authors are asked to change.</summary>
    public string? ReturnReason { get; private set; }

    public string? ApprovedBy { get; private set; }

    public DateTime? ApprovedAtUtc { get; private set; }

    /// <summary>The date of the decision: the day the coordinator approved it.</summary>
    public DateOnly? DecidedOn { get; private set; }

    /// <summary>The forms ticked now; one unticked is taken out of the list and soft-deleted by the save.</summary>
    public IReadOnlyList<FindingsExploitationForm> ExploitationForms => exploitationForms.Where(f => !f.IsDeleted).ToList();

    /// <summary>Everyone who wrote in this revision (a correction also carries the writers of the text it starts from).</summary>
    public IReadOnlyList<FindingsEditor> Editors => editors;

    public FindingsSections Sections => new(Basis, Sources, EstablishedFacts, IndicatorAnalysis, Opinion);

    public static FindingsAndOpinion Draft(Guid caseId, string firstAuthorId)
    {
        var draft = new FindingsAndOpinion
        {
            CaseId = caseId,
            Revision = 1,
            Status = FindingsStatus.Draft,
            FirstAuthorId = Guard.Text(firstAuthorId, UserIdMaxLength, "Identification.Errors.AuthorRequired"),
        };
        draft.RecordEditor(firstAuthorId);
        return draft;
    }

    public bool IsAuthor(string userId) => userId == FirstAuthorId || userId == SecondAuthorId;

    public bool HasEdited(string userId) => editors.Any(e => e.UserId == userId);

    /// <summary>A save by <paramref name="editorId"/>: whatever it changes, its author is on record as having written in the document.</summary>
    public void Edit(FindingsSections sections, IdentificationDecision? decision, IEnumerable<string> forms, string? secondAuthorId, string editorId)
    {
        EnsureStatus(FindingsStatus.Draft, "Identification.Errors.NotDraft");
        RecordEditor(Guard.Text(editorId, UserIdMaxLength, "Identification.Errors.AuthorRequired"));
        Basis = Section(sections.Basis);
        Sources = Section(sections.Sources);
        EstablishedFacts = Section(sections.EstablishedFacts);
        IndicatorAnalysis = Section(sections.IndicatorAnalysis);
        Opinion = Section(sections.Opinion);
        Decision = decision;
        SecondAuthorId = string.IsNullOrWhiteSpace(secondAuthorId) ? null : secondAuthorId;
        if (SecondAuthorId == FirstAuthorId)
        {
            throw new DomainException("Identification.Errors.SameAuthors");
        }

        // Forms of exploitation belong to an identified victim only.
        var wanted = decision == IdentificationDecision.Identified ? forms.Where(f => !string.IsNullOrWhiteSpace(f)).Distinct().ToList() : [];
        exploitationForms.RemoveAll(f => !f.IsDeleted && !wanted.Contains(f.Code));
        foreach (var code in wanted.Where(c => ExploitationForms.All(f => f.Code != c)))
        {
            exploitationForms.Add(FindingsExploitationForm.Of(Id, code));
        }
    }

    /// <summary>Hands the draft to the coordinator: complete, with two authors and a decision.</summary>
    public void Submit(DateTime utcNow)
    {
        EnsureStatus(FindingsStatus.Draft, "Identification.Errors.NotDraft");
        if (SecondAuthorId is null)
        {
            throw new DomainException("Identification.Errors.SecondAuthorRequired");
        }

        if (Decision is null)
        {
            throw new DomainException("Identification.Errors.DecisionRequired");
        }

        if (string.IsNullOrWhiteSpace(EstablishedFacts) || string.IsNullOrWhiteSpace(Opinion))
        {
            throw new DomainException("Identification.Errors.SectionsRequired");
        }

        if (Decision == IdentificationDecision.Identified && ExploitationForms.Count == 0)
        {
            throw new DomainException("Identification.Errors.FormsRequired");
        }

        Status = FindingsStatus.Submitted;
        SubmittedAtUtc = utcNow;
    }

    /// <summary>The coordinator sends a submitted document back to its authors, who change it; the coordinator does not.</summary>
    public void ReturnToDraft(string reason)
    {
        EnsureStatus(FindingsStatus.Submitted, "Identification.Errors.NotSubmitted");
        ReturnReason = Guard.Reason(reason, ReturnReasonMaxLength, "Identification.Errors.ReturnReasonRequired");
        Status = FindingsStatus.Draft;
        SubmittedAtUtc = null;
    }

    /// <summary>
    /// Four eyes: the approving coordinator wrote none of it, neither as a named author nor by editing it
    /// (e.g. after returning it to draft). Approval makes the decision final.
    /// </summary>
    public void Approve(string coordinatorId, DateTime utcNow, DateOnly today)
    {
        EnsureStatus(FindingsStatus.Submitted, "Identification.Errors.NotSubmitted");
        if (IsAuthor(coordinatorId))
        {
            throw new DomainException("Identification.Errors.AuthorCannotApprove");
        }

        if (HasEdited(coordinatorId))
        {
            throw new DomainException("Identification.Errors.EditorCannotApprove");
        }

        Status = FindingsStatus.Final;
        ApprovedBy = coordinatorId;
        ApprovedAtUtc = utcNow;
        DecidedOn = today;
    }

    /// <summary>
    /// A final document never changes: its correction is a new draft that names it and starts from its text.
    /// That text is its writers', so they stay on record as writers of the correction (and cannot approve it).
    /// </summary>
    public FindingsAndOpinion Correct(string authorId)
    {
        EnsureStatus(FindingsStatus.Final, "Identification.Errors.NotFinal");
        var correction = Draft(CaseId, authorId);
        correction.Revision = Revision + 1;
        correction.SupersedesId = Id;
        correction.editors.Clear();
        foreach (var editor in editors.OrderBy(e => e.Sequence))
        {
            correction.RecordEditor(editor.UserId);
        }

        correction.Edit(Sections, Decision, ExploitationForms.Select(f => f.Code), SecondAuthorId == authorId ? FirstAuthorId : SecondAuthorId, authorId);
        return correction;
    }

    private void RecordEditor(string userId)
    {
        if (!HasEdited(userId))
        {
            editors.Add(FindingsEditor.Of(Id, userId, editors.Count + 1));
        }
    }

    private static string? Section(string? text) =>
        Guard.OptionalText(text, FindingsSections.SectionMaxLength, "Identification.Errors.SectionTooLong");

    private void EnsureStatus(FindingsStatus expected, string errorKey)
    {
        if (Status != expected)
        {
            throw new DomainException(errorKey);
        }
    }
}
