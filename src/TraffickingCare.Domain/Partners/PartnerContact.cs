using TraffickingCare.Domain.Common;

namespace TraffickingCare.Domain.Partners;

/// <summary>
/// A professional at a partner institution the Centre works with (a social worker, a teacher, a prosecutor).
/// Not a victim, but personal data still: never written to a log, editable, removable (soft).
/// </summary>
public sealed class PartnerContact : Entity, IPartOf<Partner>
{
    public const int NameMaxLength = 200;
    public const int FunctionMaxLength = 200;

    private PartnerContact()
    {
        Name = string.Empty;
    }

    public Guid PartnerId { get; private set; }

    Guid IPartOf<Partner>.RootId => PartnerId;

    public string Name { get; private set; }

    public string? Function { get; private set; }

    public string? Phone { get; private set; }

    public string? Email { get; private set; }

    internal static PartnerContact Of(Guid partnerId, string name, string? function, string? phone, string? email) =>
        new PartnerContact { PartnerId = partnerId }.Describe(name, function, phone, email);

    public PartnerContact Describe(string name, string? function, string? phone, string? email)
    {
        Name = Guard.Text(name, NameMaxLength, "Partners.Errors.ContactName");
        Function = Guard.OptionalText(function, FunctionMaxLength, "Partners.Errors.ContactFunction");
        Phone = Guard.OptionalText(phone, Partner.PhoneMaxLength, "Partners.Errors.Phone");
        Email = Guard.OptionalText(email, Partner.EmailMaxLength, "Partners.Errors.Email");
        return this;
    }
}
