using TraffickingCare.Domain.Common;

namespace TraffickingCare.Domain.Support;

/// <summary>Who took part in a field visit: a staff member or a partner institution (exactly one).</summary>
public sealed class FieldVisitParticipant : Entity, IPartOf<FieldVisit>
{
    private FieldVisitParticipant()
    {
    }

    public Guid FieldVisitId { get; private set; }

    public string? UserId { get; private set; }

    public Guid? PartnerId { get; private set; }

    Guid IPartOf<FieldVisit>.RootId => FieldVisitId;

    internal static FieldVisitParticipant Of(Guid visitId, StaffOrPartner who) => new()
    {
        FieldVisitId = visitId,
        UserId = who.UserId,
        PartnerId = who.PartnerId,
    };
}
