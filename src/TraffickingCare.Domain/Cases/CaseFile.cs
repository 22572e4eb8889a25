using TraffickingCare.Domain.CodeLists;
using TraffickingCare.Domain.Common;
using TraffickingCare.Domain.Identification;

namespace TraffickingCare.Domain.Cases;

/// <summary>
/// A person's case. Identifying data lives apart (PersonIdentity, encrypted); here the person is the
/// case code. The lifecycle is enforced here, so no screen can put a case into an impossible state.
/// </summary>
public sealed partial class CaseFile : Entity
{
    public const int ReasonMaxLength = 1000;

    private readonly List<CaseNote> notes = [];
    private readonly List<CaseTeamMember> team = [];

    private CaseFile()
    {
        Code = string.Empty;
        LeadCaseworkerId = string.Empty;
        Profile = PersonProfile.Unknown;
        Exploitation = ExploitationRecord.Unknown;
    }

    public string Code { get; private set; }

    public int CodeYear { get; private set; }

    public int CodeSequence { get; private set; }

    public CaseStatus Status { get; private set; }

    public CaseStatus? StatusBeforeClosure { get; private set; }

    public DateTime OpenedAtUtc { get; private set; }

    /// <summary>
    /// When the identification procedure's clock started: the referral's arrival, or the case's
    /// opening without one. Kept on the case so "decision overdue" is a column comparison.
    /// </summary>
    public DateTime ProcedureStartedAtUtc { get; private set; }

    /// <summary>When formal identification started: the first findings and opinion was begun.</summary>
    public DateTime? FormalIdentificationStartedAtUtc { get; private set; }

    public Guid? ReferralId { get; private set; }

    public Guid? PersonIdentityId { get; private set; }

    public string LeadCaseworkerId { get; private set; }

    /// <summary>Visible only to the assigned team and, with a recorded reason, to management.</summary>
    public bool IsRestricted { get; private set; }

    public DateOnly? PresumedVictimSince { get; private set; }

    public string? ClosureReasonCode { get; private set; }

    public DateTime? ClosedAtUtc { get; private set; }

    public DateOnly? FollowUpOn { get; private set; }

    /// <summary>
    /// When the retention run replaced the case's identifying data with nothing (closed longer than the retention
    /// period); null while the case holds it. Set by the run's set-based statements, never by a page.
    /// </summary>
    public DateTime? AnonymisedAtUtc { get; private set; }

    /// <summary>
    /// The day of the case's first approved decision of any kind (the earliest, should a correction date one earlier),
    /// kept on the case so the report's "days to a decision" reads a column, not every findings of every case.
    /// </summary>
    public DateOnly? FirstDecidedOn { get; private set; }

    /// <summary>
    /// The day of the case's first approved "identified" decision, kept even if a correction later changes the
    /// decision (the report counts a case as identified by its status, dated by this day: a correction that keeps the
    /// decision does not move it).
    /// </summary>
    public DateOnly? IdentifiedOn { get; private set; }

    public IReadOnlyList<CaseNote> Notes => notes;

    public IReadOnlyList<CaseTeamMember> Team => team;

    /// <param name="procedureStartedAtUtc">The referral's arrival, when the case comes from one; otherwise the opening.</param>
    public static CaseFile Open(
        CaseCode code, string leadCaseworkerId, DateTime utcNow, Guid? referralId = null, Guid? personIdentityId = null, DateTime? procedureStartedAtUtc = null)
    {
        var file = new CaseFile
        {
            Code = code.Value,
            CodeYear = code.Year,
            CodeSequence = code.Sequence,
            Status = CaseStatus.Open,
            OpenedAtUtc = utcNow,
            ProcedureStartedAtUtc = procedureStartedAtUtc ?? utcNow,
            ReferralId = referralId,
            PersonIdentityId = personIdentityId,
            LeadCaseworkerId = Guard.Text(leadCaseworkerId, UserIdMaxLength, "Cases.Errors.LeadRequired"),
        };
        file.team.Add(CaseTeamMember.Of(file.Id, leadCaseworkerId));
        return file;
    }

    /// <summary>
    /// Takes the next free number when another case got this one first. Only before the case is
    /// first saved: a case code, once issued, is the person's name in every record.
    /// </summary>
    public void Renumber(CaseCode code)
    {
        if (Version > 1 || notes.Count > 0)
        {
            throw new DomainException("Cases.Errors.InvalidCode");
        }

        Code = code.Value;
        CodeYear = code.Year;
        CodeSequence = code.Sequence;
    }

    /// <summary>Links the person's identity record, once; later corrections change that record, never the link.</summary>
    public void LinkPerson(Guid personIdentityId)
    {
        if (PersonIdentityId is not null && PersonIdentityId != personIdentityId)
        {
            throw new DomainException("Cases.Errors.PersonAlreadyLinked");
        }

        PersonIdentityId = personIdentityId;
    }

    /// <summary>
    /// A corrected historical file moved the day its referral was received: the procedure's clock started then (the
    /// report's days to a decision count from this instant, kept equal to the referral's).
    /// </summary>
    public void CorrectProcedureStart(DateTime referralReceivedAtUtc)
    {
        if (ReferralId is null)
        {
            throw new InvalidOperationException("A case opened without a referral has no referral day to correct.");
        }

        ProcedureStartedAtUtc = referralReceivedAtUtc;
    }

    /// <summary>The first findings and opinion starts formal identification (and the panel's decision clock); later ones do not move it.</summary>
    public void StartFormalIdentification(DateTime utcNow) => FormalIdentificationStartedAtUtc ??= utcNow;

    public bool IsOnTeam(string userId) => LeadCaseworkerId == userId || team.Any(m => m.UserId == userId && !m.IsDeleted);

    public void AssignLead(string userId)
    {
        LeadCaseworkerId = Guard.Text(userId, UserIdMaxLength, "Cases.Errors.LeadRequired");
        AddToTeam(userId);
    }

    public void AddToTeam(string userId)
    {
        if (!team.Any(m => m.UserId == userId && !m.IsDeleted))
        {
            team.Add(CaseTeamMember.Of(Id, userId));
        }
    }

    /// <summary>The membership ends but stays on record: who worked on a case is part of its history.</summary>
    public void RemoveFromTeam(string userId, string removedBy, DateTime utcNow)
    {
        if (userId == LeadCaseworkerId)
        {
            throw new DomainException("Cases.Errors.CannotRemoveLead");
        }

        foreach (var member in team.Where(m => m.UserId == userId && !m.IsDeleted))
        {
            member.SoftDelete(removedBy, utcNow);
        }
    }

    public void Restrict() => IsRestricted = true;

    public void Unrestrict() => IsRestricted = false;

    /// <summary>A move by hand. A decision status is refused here: it comes only from <see cref="RecordIdentificationDecision"/>.</summary>
    public void MoveTo(CaseStatus next, DateOnly today)
    {
        if (CaseLifecycle.IsDecision(next))
        {
            throw new DomainException("Cases.Errors.DecisionOnlyByFindings");
        }

        if (!CaseLifecycle.CanMove(Status, next))
        {
            throw new DomainException("Cases.Errors.InvalidTransition");
        }

        if (next == CaseStatus.PresumedVictim)
        {
            PresumedVictimSince ??= today;
        }

        Status = next;
    }

    /// <summary>
    /// Applies the decision of an approved findings and opinion of this case: the only way to a decision
    /// status, so every decided case has its document, authors, approver and line in the register.
    /// A corrected decision replaces an earlier one; otherwise the lifecycle applies (a person is a
    /// presumed victim before being identified).
    /// </summary>
    public void RecordIdentificationDecision(FindingsAndOpinion approved)
    {
        if (approved.CaseId != Id || approved.Status != FindingsStatus.Final || approved.Decision is not { } decision)
        {
            throw new DomainException("Cases.Errors.DecisionNeedsApprovedFindings");
        }

        var target = decision switch
        {
            IdentificationDecision.Identified => CaseStatus.IdentifiedVictim,
            IdentificationDecision.NotIdentified => CaseStatus.NotIdentified,
            IdentificationDecision.Suspended => CaseStatus.Suspended,
            _ => CaseStatus.Rejected,
        };
        if (approved.DecidedOn is { } on)
        {
            FirstDecidedOn = Earlier(FirstDecidedOn, on);
            IdentifiedOn = decision == IdentificationDecision.Identified ? Earlier(IdentifiedOn, on) : IdentifiedOn;
        }

        if (Status == target)
        {
            return;
        }

        if (!CaseLifecycle.CanDecide(Status, target))
        {
            throw new DomainException("Cases.Errors.InvalidTransition");
        }

        Status = target;
    }

    private static DateOnly Earlier(DateOnly? kept, DateOnly on) => kept is { } day && day < on ? day : on;

    public void Close(string closureReasonCode, DateOnly? followUpOn, DateTime utcNow)
    {
        if (Status == CaseStatus.Closed)
        {
            throw new DomainException("Cases.Errors.AlreadyClosed");
        }

        ClosureReasonCode = Guard.Text(closureReasonCode, CodeListItem.CodeMaxLength, "Cases.Errors.ClosureReasonRequired");
        StatusBeforeClosure = Status;
        Status = CaseStatus.Closed;
        ClosedAtUtc = utcNow;
        FollowUpOn = followUpOn;
    }

    /// <summary>A closed case comes back where it was; the closure stays in the audit trail.</summary>
    public void Reopen()
    {
        if (Status != CaseStatus.Closed)
        {
            throw new DomainException("Cases.Errors.NotClosed");
        }

        Status = StatusBeforeClosure ?? CaseStatus.Open;
        StatusBeforeClosure = null;
        ClosureReasonCode = null;
        ClosedAtUtc = null;
        FollowUpOn = null;
    }

    public CaseNote AddNote(string text, string authorId, DateTime utcNow)
    {
        var note = CaseNote.Write(Id, text, authorId, utcNow);
        notes.Add(note);
        return note;
    }

    public CaseNote Amend(Guid noteId, string text, string authorId, DateTime utcNow)
    {
        if (notes.All(n => n.Id != noteId))
        {
            throw new DomainException("Cases.Errors.NoteNotFound");
        }

        var amendment = CaseNote.Write(Id, text, authorId, utcNow, noteId);
        notes.Add(amendment);
        return amendment;
    }
}
