using TraffickingCare.Domain.CodeLists;
using TraffickingCare.Domain.Common;
using TraffickingCare.Domain.Partners;

namespace TraffickingCare.Domain.Support;

/// <summary>
/// One actor in a person's support network (mreža podrške): a partner institution (optionally one of its contact
/// people), the sector it stands for, its role in this case, and the last contact entered by hand. A family actor
/// may have no institution; it is then described only by its relation code, never by a name. An actor whose part
/// has ended keeps its place on record with the date it ended. Sector and role are codes and dates, so the annual
/// report counts network size and sectors per case with a GROUP BY.
/// </summary>
public sealed class NetworkActor : Entity
{
    private NetworkActor()
    {
        RoleCode = string.Empty;
    }

    public Guid CaseId { get; private set; }

    public Guid? PartnerId { get; private set; }

    public Guid? PartnerContactId { get; private set; }

    public Sector Sector { get; private set; }

    /// <summary>Code from the <c>NetworkRole</c> code list (a family actor's relation: parent, sibling, other relative...).</summary>
    public string RoleCode { get; private set; }

    /// <summary>The last contact the team entered by hand; the network also derives one from services, visits and conferences.</summary>
    public DateOnly? LastContactOn { get; private set; }

    /// <summary>Set when the actor's part in the network ended; the actor stays on record.</summary>
    public DateOnly? EndedOn { get; private set; }

    public bool IsActive => EndedOn is null;

    public static NetworkActor Add(Guid caseId, Guid? partnerId, Guid? contactId, Sector sector, string roleCode, DateOnly? lastContactOn, DateOnly today) =>
        new NetworkActor { CaseId = caseId }.Describe(partnerId, contactId, sector, roleCode, lastContactOn, today);

    public NetworkActor Describe(Guid? partnerId, Guid? contactId, Sector sector, string roleCode, DateOnly? lastContactOn, DateOnly today)
    {
        if (!Enum.IsDefined(sector))
        {
            throw new DomainException("Network.Errors.Sector");
        }

        // Only a family member may stand in a network without an institution.
        if (partnerId is null && sector != Sector.Family)
        {
            throw new DomainException("Network.Errors.PartnerRequired");
        }

        if (partnerId is null && contactId is not null)
        {
            throw new DomainException("Network.Errors.ContactWithoutPartner");
        }

        PartnerId = partnerId;
        PartnerContactId = contactId;
        Sector = sector;
        RoleCode = Guard.Text(roleCode, CodeListItem.CodeMaxLength, "Network.Errors.Role");
        LastContactOn = lastContactOn is { } on ? NotInFuture(on, today) : null;
        return this;
    }

    /// <summary>A contact the team had with the actor: the later of what is on record and this day.</summary>
    public void RecordContact(DateOnly on, DateOnly today)
    {
        NotInFuture(on, today);
        LastContactOn = NetworkContact.Last(LastContactOn, on);
    }

    public void End(DateOnly on, DateOnly today)
    {
        if (!IsActive)
        {
            throw new DomainException("Network.Errors.AlreadyEnded");
        }

        EndedOn = NotInFuture(on, today);
    }

    private static DateOnly NotInFuture(DateOnly on, DateOnly today) =>
        on <= today ? on : throw new DomainException("Network.Errors.FutureDate");
}
