using TraffickingCare.Domain.CodeLists;
using TraffickingCare.Domain.Common;

namespace TraffickingCare.Domain.Referrals;

/// <summary>
/// A referral (prijava): a report that someone may be a victim of trafficking. Logged at once with
/// partial data; the rapid-response clock starts at the moment it was received, not when it was typed in.
/// </summary>
public sealed class Referral : Entity
{
    public const int OrganisationMaxLength = 200;
    public const int ContactMaxLength = 200;
    public const int CircumstancesMaxLength = 4000;
    public const int ReasonMaxLength = 1000;

    private Referral()
    {
        ChannelCode = string.Empty;
        ReferrerSectorCode = string.Empty;
        Person = ReferredPerson.Unknown;
        Urgency = UrgencyIndicators.None;
    }

    public DateTime ReceivedAtUtc { get; private set; }

    /// <summary>Chosen when the form was opened; a second submit of the same form finds the first referral.</summary>
    public Guid SubmissionKey { get; private set; }

    public string ChannelCode { get; private set; }

    public string ReferrerSectorCode { get; private set; }

    public string? ReferrerOrganisation { get; private set; }

    public string? ReferrerContact { get; private set; }

    public string? MunicipalityCode { get; private set; }

    public ReferredPerson Person { get; private set; }

    public string? Circumstances { get; private set; }

    public UrgencyIndicators Urgency { get; private set; }

    public DateTime TriageDeadlineUtc { get; private set; }

    public ReferralStatus Status { get; private set; }

    public string LoggedBy { get; private set; } = string.Empty;

    public string? AssigneeId { get; private set; }

    public DateTime? TriagedAtUtc { get; private set; }

    public string? TriagedBy { get; private set; }

    /// <summary>Minutes from receipt to triage, kept for the annual statistics.</summary>
    public int? MinutesToTriage { get; private set; }

    public Guid? CaseId { get; private set; }

    public string? OutcomeNote { get; private set; }

    /// <summary>When the retention run replaced what the referral said about the person and the referrer with nothing.</summary>
    public DateTime? AnonymisedAtUtc { get; private set; }

    public bool IsAwaitingTriage => Status == ReferralStatus.AwaitingTriage;

    public bool IsOverdue(DateTime utcNow) => IsAwaitingTriage && utcNow > TriageDeadlineUtc;

    public static Referral Log(ReferralReceipt receipt, ResponseTargets targets, string loggedBy, DateTime utcNow, Guid? submissionKey = null)
    {
        if (receipt.ReceivedAtUtc > utcNow)
        {
            throw new DomainException("Referrals.Errors.ReceivedInFuture");
        }

        return new Referral
        {
            ReceivedAtUtc = receipt.ReceivedAtUtc,
            ChannelCode = Guard.Text(receipt.ChannelCode, CodeListItem.CodeMaxLength, "Referrals.Errors.ChannelRequired"),
            ReferrerSectorCode = Guard.Text(receipt.ReferrerSectorCode, CodeListItem.CodeMaxLength, "Referrals.Errors.SectorRequired"),
            ReferrerOrganisation = Guard.OptionalText(receipt.ReferrerOrganisation, OrganisationMaxLength, "Referrals.Errors.TooLong"),
            ReferrerContact = Guard.OptionalText(receipt.ReferrerContact, ContactMaxLength, "Referrals.Errors.TooLong"),
            MunicipalityCode = Guard.OptionalText(receipt.MunicipalityCode, CodeListItem.CodeMaxLength, "Referrals.Errors.TooLong"),
            Person = receipt.Person,
            Circumstances = Guard.OptionalText(receipt.Circumstances, CircumstancesMaxLength, "Referrals.Errors.TooLong"),
            Urgency = receipt.Urgency,
            TriageDeadlineUtc = targets.TriageDeadline(receipt.ReceivedAtUtc, receipt.Urgency),
            Status = ReferralStatus.AwaitingTriage,
            LoggedBy = loggedBy,
            SubmissionKey = submissionKey ?? Guid.CreateVersion7(),
        };
    }

    /// <summary>
    /// A referral from the Centre's historical records (the import), logged as received on its day; the import
    /// opens its case at once with <see cref="OpenImportedCase"/>.
    /// </summary>
    public static Referral Imported(ReferralReceipt receipt, string importedBy, DateTime utcNow) =>
        Log(receipt, ResponseTargets.Default, importedBy, utcNow);

    /// <summary>
    /// The historical referral was opened as a case long ago. Who triaged it and how fast is not in the file, so the
    /// minutes to triage stay unknown rather than invented (it counts in no response-time figure); for every list it
    /// was triaged the moment it was received.
    /// </summary>
    public void OpenImportedCase(Guid caseId, string importedBy)
    {
        EnsureAwaitingTriage();
        Status = ReferralStatus.OpenedAsCase;
        CaseId = caseId;
        TriagedAtUtc = ReceivedAtUtc;
        TriagedBy = importedBy;
    }

    /// <summary>A corrected historical file: the day, the referrer's sector and organisation of an imported referral.</summary>
    public void CorrectImported(DateTime receivedAtUtc, string referrerSectorCode, string? referrerOrganisation)
    {
        if (MinutesToTriage is not null || Status != ReferralStatus.OpenedAsCase)
        {
            throw new DomainException("Referrals.Errors.AlreadyTriaged");
        }

        ReceivedAtUtc = receivedAtUtc;
        TriageDeadlineUtc = ResponseTargets.Default.TriageDeadline(receivedAtUtc, Urgency);
        TriagedAtUtc = receivedAtUtc;
        ReferrerSectorCode = Guard.Text(referrerSectorCode, CodeListItem.CodeMaxLength, "Referrals.Errors.SectorRequired");
        ReferrerOrganisation = Guard.OptionalText(referrerOrganisation, OrganisationMaxLength, "Referrals.Errors.TooLong");
    }

    public void AssignTo(string userId)
    {
        EnsureAwaitingTriage();
        AssigneeId = userId;
    }

    public void OpenAsCase(Guid caseId, string userId, DateTime utcNow) =>
        Close(ReferralStatus.OpenedAsCase, userId, utcNow, caseId, note: null);

    public void MarkDuplicateOf(Guid caseId, string userId, DateTime utcNow) =>
        Close(ReferralStatus.Duplicate, userId, utcNow, caseId, note: null);

    public void ForwardAsNotTrafficking(string forwardedTo, string userId, DateTime utcNow) =>
        Close(ReferralStatus.NotTraffickingMatter, userId, utcNow, caseId: null,
            Guard.Text(forwardedTo, ReasonMaxLength, "Referrals.Errors.ForwardedToRequired"));

    public void Reject(string reason, string userId, DateTime utcNow) =>
        Close(ReferralStatus.Rejected, userId, utcNow, caseId: null,
            Guard.Text(reason, ReasonMaxLength, "Referrals.Errors.ReasonRequired"));

    private void Close(ReferralStatus outcome, string userId, DateTime utcNow, Guid? caseId, string? note)
    {
        EnsureAwaitingTriage();
        Status = outcome;
        CaseId = caseId;
        OutcomeNote = note;
        TriagedAtUtc = utcNow;
        TriagedBy = userId;
        MinutesToTriage = (int)Math.Max(0, Math.Round((utcNow - ReceivedAtUtc).TotalMinutes));
    }

    private void EnsureAwaitingTriage()
    {
        if (!IsAwaitingTriage)
        {
            throw new DomainException("Referrals.Errors.AlreadyTriaged");
        }
    }
}
