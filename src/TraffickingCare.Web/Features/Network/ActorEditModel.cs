namespace TraffickingCare.Web.Features.Network;

/// <summary>One actor's page: correct it, record a contact by hand, end its part. Each form keeps what was typed when refused.</summary>
public sealed record ActorEditModel(Guid CaseId, string CaseCode, Guid ActorId, NetworkActorRow Actor, ActorChoices Choices)
{
    public ActorForm Form { get; init; } = new();

    public ActorDayForm ContactForm { get; init; } = new();

    public ActorDayForm EndForm { get; init; } = new();
}
