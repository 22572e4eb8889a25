using TraffickingCare.Web.Features.Conferences.ConferenceRun.ActionItems;
using TraffickingCare.Web.Features.Shared.Lookups;

namespace TraffickingCare.Web.Features.Conferences.ConferenceRun;

/// <summary>The run page: the conference as its page shows it, the form of the minutes, and the new action item's form with the staff it offers as owners.</summary>
public sealed record ConferenceRunPage(ConferencePage Conference, IReadOnlyList<CodeListOption> Staff)
{
    public ConferenceRunForm Form { get; init; } = new();

    public ConferenceActionItemForm NewItem { get; init; } = new();
}
