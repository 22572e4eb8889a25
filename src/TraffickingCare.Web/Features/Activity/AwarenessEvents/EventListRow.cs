using TraffickingCare.Domain.Activity;

namespace TraffickingCare.Web.Features.Activity.AwarenessEvents;

public sealed record EventListRow(Guid Id, DateOnly HeldOn, AwarenessEventKind Kind, string Title, string? MunicipalityCode, int PeopleReached)
{
    public IReadOnlyList<string> Partners { get; init; } = [];
}
