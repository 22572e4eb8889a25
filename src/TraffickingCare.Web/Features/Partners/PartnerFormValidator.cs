using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Partners;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Partners;

public sealed class PartnerFormValidator : AbstractValidator<PartnerForm>
{
    public PartnerFormValidator(IStringLocalizer<SharedResource> l, AppDbContext db)
    {
        RuleFor(x => x.Name).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => l["Partners.Errors.Name"])
            .MaximumLength(Partner.NameMaxLength).WithMessage(_ => l["Validation.TooLong", Partner.NameMaxLength]);
        RuleFor(x => x.Sector)
            .Must(s => Enum.TryParse<Sector>(s, out var sector) && Enum.IsDefined(sector) && !int.TryParse(s, out _))
            .WithMessage(_ => l["Partners.Errors.Sector"]);
        RuleFor(x => x.MunicipalityCode)
            .InCodeList(db, "Municipality", f => f.HeldMunicipalityCode is { } held ? [held] : [])
            .WithMessage(_ => l["Validation.UnknownOption"]);
        RuleFor(x => x.Address).MaximumLength(Partner.AddressMaxLength).WithMessage(_ => l["Validation.TooLong", Partner.AddressMaxLength]);
        RuleFor(x => x.Phone).MaximumLength(Partner.PhoneMaxLength).WithMessage(_ => l["Validation.TooLong", Partner.PhoneMaxLength]);
        RuleFor(x => x.Email).Cascade(CascadeMode.Stop)
            .MaximumLength(Partner.EmailMaxLength).WithMessage(_ => l["Validation.TooLong", Partner.EmailMaxLength])
            .EmailAddress().When(x => !string.IsNullOrWhiteSpace(x.Email)).WithMessage(_ => l["Partners.Errors.Email"]);
    }
}
