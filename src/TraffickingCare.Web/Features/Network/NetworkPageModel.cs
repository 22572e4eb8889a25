using TraffickingCare.Web.Features.Shared.Lookups;

namespace TraffickingCare.Web.Features.Network;

/// <summary>The network's page: the ecomap and table, and the form to add an actor (kept as typed when refused).</summary>
public sealed record NetworkPageModel(NetworkView Network, ActorChoices Choices)
{
    public ActorForm AddForm { get; init; } = new();
}

/// <summary>What an actor's form offers: institutions, sectors, roles, and (when editing) the institution's contact people.</summary>
public sealed record ActorChoices(IReadOnlyList<CodeListOption> Partners, IReadOnlyList<CodeListOption> Sectors, IReadOnlyList<CodeListOption> Roles)
{
    public IReadOnlyList<CodeListOption> Contacts { get; init; } = [];
}
