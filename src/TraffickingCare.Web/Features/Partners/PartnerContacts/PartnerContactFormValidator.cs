using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Partners;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Partners.PartnerContacts;

public sealed class PartnerContactFormValidator : AbstractValidator<PartnerContactForm>
{
    public PartnerContactFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(x => x.Name).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => l["Partners.Errors.ContactName"])
            .MaximumLength(PartnerContact.NameMaxLength).WithMessage(_ => l["Validation.TooLong", PartnerContact.NameMaxLength]);
        RuleFor(x => x.Function).MaximumLength(PartnerContact.FunctionMaxLength).WithMessage(_ => l["Validation.TooLong", PartnerContact.FunctionMaxLength]);
        RuleFor(x => x.Phone).MaximumLength(Partner.PhoneMaxLength).WithMessage(_ => l["Validation.TooLong", Partner.PhoneMaxLength]);
        RuleFor(x => x.Email).Cascade(CascadeMode.Stop)
            .MaximumLength(Partner.EmailMaxLength).WithMessage(_ => l["Validation.TooLong", Partner.EmailMaxLength])
            .EmailAddress().When(x => !string.IsNullOrWhiteSpace(x.Email)).WithMessage(_ => l["Partners.Errors.Email"]);
    }
}
