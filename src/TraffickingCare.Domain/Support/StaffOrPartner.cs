using TraffickingCare.Domain.Common;

namespace TraffickingCare.Domain.Support;

/// <summary>Who gave a service or took part in a visit: a staff member of the Centre or a partner institution, exactly one of them.</summary>
public sealed record StaffOrPartner
{
    private StaffOrPartner(string? userId, Guid? partnerId)
    {
        UserId = userId;
        PartnerId = partnerId;
    }

    public string? UserId { get; }

    public Guid? PartnerId { get; }

    public static StaffOrPartner Staff(string userId) => Of(userId, null);

    public static StaffOrPartner Partner(Guid partnerId) => Of(null, partnerId);

    /// <summary>Exactly one of the two; anything else is refused.</summary>
    public static StaffOrPartner Of(string? userId, Guid? partnerId) =>
        string.IsNullOrWhiteSpace(userId) == (partnerId is null || partnerId == Guid.Empty)
            ? throw new DomainException("Support.Errors.StaffOrPartner")
            : new StaffOrPartner(string.IsNullOrWhiteSpace(userId) ? null : userId, partnerId == Guid.Empty ? null : partnerId);
}
