using TraffickingCare.Domain.People;

namespace TraffickingCare.Web.Features.SubjectAccess;

/// <summary>Everything exported about one person, in the user's language, read in one pass for the document.</summary>
public sealed record SubjectRecord(
    PersonIdentity Identity,
    IReadOnlyList<SubjectCase> Cases,
    IReadOnlyList<SubjectReferral> Referrals,
    IReadOnlyList<SubjectEntry> Notes,
    IReadOnlyList<SubjectEntry> Services,
    IReadOnlyList<SubjectEntry> Visits,
    IReadOnlyList<SubjectEntry> Attachments,
    IReadOnlyList<SubjectStay> Stays,
    SubjectWork Work,
    DateOnly PrintedOn);

/// <summary>
/// The identification, support and court work on the person's cases, each a list of dated lines whose
/// <see cref="SubjectEntry.What"/> is a resource key (a status, a stage), named in the document's language.
/// </summary>
public sealed record SubjectWork(
    IReadOnlyList<SubjectEntry> Findings,
    IReadOnlyList<SubjectEntry> Interviews,
    IReadOnlyList<SubjectEntry> Network,
    IReadOnlyList<SubjectEntry> Proceedings,
    IReadOnlyList<SubjectEntry> Hearings,
    IReadOnlyList<SubjectEntry> Conferences);

public sealed record SubjectCase(string Code, string Status, DateTime OpenedAtUtc, DateTime? ClosedAtUtc, string? Lead);

public sealed record SubjectReferral(string? CaseCode, DateTime ReceivedAtUtc, string Channel, string Sector, string Status, string? Organisation, string? Circumstances);

/// <summary>One dated line of the case work (a note, a service, a visit, a document): its case, its date, what it was, its text.</summary>
public sealed record SubjectEntry(string CaseCode, DateOnly On, string What, string? Text);

public sealed record SubjectStay(string CaseCode, DateOnly AdmittedOn, DateOnly? ExitedOn, string Phase, string? ExitDestination);
