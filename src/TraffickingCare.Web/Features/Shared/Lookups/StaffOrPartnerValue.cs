using TraffickingCare.Domain.Support;

namespace TraffickingCare.Web.Features.Shared.Lookups;

/// <summary>How a form posts a staff member or a partner in one field: <c>u:{userId}</c> or <c>p:{partnerId}</c>.</summary>
public static class StaffOrPartnerValue
{
    private const string UserPrefix = "u:";
    private const string PartnerPrefix = "p:";

    public static string OfUser(string userId) => UserPrefix + userId;

    public static string OfPartner(Guid partnerId) => PartnerPrefix + partnerId;

    public static string Of(string? userId, Guid? partnerId) => userId is not null ? OfUser(userId) : OfPartner(partnerId ?? Guid.Empty);

    public static bool TryParse(string? value, out StaffOrPartner who)
    {
        who = null!;
        if (value is null || value.Length > 100)
        {
            return false;
        }

        if (value.StartsWith(UserPrefix, StringComparison.Ordinal) && value.Length > UserPrefix.Length)
        {
            who = StaffOrPartner.Staff(value[UserPrefix.Length..]);
            return true;
        }

        if (value.StartsWith(PartnerPrefix, StringComparison.Ordinal) && Guid.TryParse(value[PartnerPrefix.Length..], out var id) && id != Guid.Empty)
        {
            who = StaffOrPartner.Partner(id);
            return true;
        }

        return false;
    }
}
