using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.People;
using TraffickingCare.Web.Infrastructure.Time;
using TraffickingCare.Web.Infrastructure.Validation;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Cases.CasePerson;

public sealed class PersonIdentityFormValidator : AbstractValidator<PersonIdentityForm>
{
    public PersonIdentityFormValidator(IStringLocalizer<SharedResource> l, CentreClock clock)
    {
        RuleFor(x => x.FirstName).MaximumLength(PersonIdentity.NameMaxLength).WithMessage(_ => l["People.Errors.NameTooLong"]);
        RuleFor(x => x.LastName).MaximumLength(PersonIdentity.NameMaxLength).WithMessage(_ => l["People.Errors.NameTooLong"]);
        RuleFor(x => x.Alias).MaximumLength(PersonIdentity.AliasMaxLength).WithMessage(_ => l["People.Errors.NameTooLong"]);
        RuleFor(x => x.Phone).MaximumLength(PersonIdentity.PhoneMaxLength).WithMessage(_ => l["People.Errors.PhoneTooLong"]);
        RuleFor(x => x.Documents).MaximumLength(PersonIdentity.DocumentsMaxLength).WithMessage(_ => l["People.Errors.DocumentsTooLong"]);
        RuleFor(x => x.Address).MaximumLength(PersonIdentity.AddressMaxLength).WithMessage(_ => l["People.Errors.AddressTooLong"]);
        RuleFor(x => x.PersonalIdNumber)
            .Cascade(CascadeMode.Stop)
            .MaximumLength(PersonIdentity.PersonalIdNumberMaxLength).WithMessage(_ => l["People.Errors.PersonalIdNumberInvalid"])
            .Matches("^[0-9]{13}$").WithMessage(_ => l["People.Errors.PersonalIdNumberInvalid"])
            .When(x => !string.IsNullOrWhiteSpace(x.PersonalIdNumber));
        RuleFor(x => x.DateOfBirth).OptionalBirthDate(clock).WithMessage(_ => l["Referrals.Errors.DateOfBirthInvalid"]);
    }
}
