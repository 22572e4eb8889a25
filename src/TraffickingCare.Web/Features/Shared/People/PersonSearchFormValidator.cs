using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Referrals;
using TraffickingCare.Web.Infrastructure.Time;
using TraffickingCare.Web.Infrastructure.Validation;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Shared.People;

public sealed class PersonSearchFormValidator : AbstractValidator<PersonSearchForm>
{
    public PersonSearchFormValidator(IStringLocalizer<SharedResource> l, CentreClock clock)
    {
        RuleFor(x => x)
            .Must(x => !string.IsNullOrWhiteSpace(x.Name) || !string.IsNullOrWhiteSpace(x.DateOfBirth))
            .WithName(nameof(PersonSearchForm.Name))
            .OverridePropertyName(nameof(PersonSearchForm.Name))
            .WithMessage(_ => l["Referrals.PersonSearch.Errors.Empty"]);
        RuleFor(x => x.Name).MaximumLength(ReferredPerson.NameMaxLength).WithMessage(_ => l["Validation.TooLong", ReferredPerson.NameMaxLength]);
        RuleFor(x => x.DateOfBirth).OptionalBirthDate(clock).WithMessage(_ => l["Referrals.Errors.DateOfBirthInvalid"]);
    }
}
