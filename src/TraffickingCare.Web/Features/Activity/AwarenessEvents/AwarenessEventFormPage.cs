using TraffickingCare.Web.Features.Shared.Lookups;

namespace TraffickingCare.Web.Features.Activity.AwarenessEvents;

/// <summary>The new or edit page: the form, the municipalities and the partners to choose from.</summary>
public sealed record AwarenessEventFormPage(AwarenessEventForm Form, IReadOnlyList<CodeListOption> Municipalities, IReadOnlyList<CodeListOption> Partners)
{
    /// <summary>Set on the edit page: the event being edited.</summary>
    public Guid? EventId { get; init; }
}
