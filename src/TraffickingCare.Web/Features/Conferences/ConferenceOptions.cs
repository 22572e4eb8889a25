using TraffickingCare.Web.Features.Shared.Lookups;

namespace TraffickingCare.Web.Features.Conferences;

/// <summary>
/// What the scheduling form offers: the Centre's staff (chair and participants), the partner directory (the place),
/// the case's network actors, and whether the case has open action items the new conference reviews first.
/// </summary>
public sealed record ConferenceOptions(
    IReadOnlyList<CodeListOption> Staff,
    IReadOnlyList<CodeListOption> Partners,
    IReadOnlyList<CodeListOption> Actors,
    bool ReviewsOpenItems);

/// <summary>The scheduling (or rescheduling) form's page: the case it belongs to and, when rescheduling, the conference.</summary>
public sealed record ConferenceFormPage(Guid CaseId, string CaseCode, Guid? ConferenceId, ConferenceOptions Options)
{
    public ConferenceForm Form { get; init; } = new();
}
