namespace TraffickingCare.Web.Features.Shared.Contacts;

/// <summary>A day on which the case's team was in contact with a partner institution.</summary>
/// <remarks>
/// Sources build it with an object initializer (<c>new ContactMoment { CaseId = ..., PartnerId = ..., On = ... }</c>):
/// EF translates a UNION of member-init projections, but not of constructor calls (a client projection).
/// </remarks>
public sealed record ContactMoment(Guid CaseId, Guid PartnerId, DateOnly On)
{
    public ContactMoment()
        : this(Guid.Empty, Guid.Empty, default)
    {
    }
}
