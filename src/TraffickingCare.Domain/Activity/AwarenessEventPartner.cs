using TraffickingCare.Domain.Common;

namespace TraffickingCare.Domain.Activity;

/// <summary>A partner institution (from the directory) that took part in an awareness event.</summary>
public sealed class AwarenessEventPartner : Entity, IPartOf<AwarenessEvent>
{
    private AwarenessEventPartner()
    {
    }

    public Guid EventId { get; private set; }

    Guid IPartOf<AwarenessEvent>.RootId => EventId;

    public Guid PartnerId { get; private set; }

    internal static AwarenessEventPartner Of(Guid eventId, Guid partnerId) => new() { EventId = eventId, PartnerId = partnerId };
}
