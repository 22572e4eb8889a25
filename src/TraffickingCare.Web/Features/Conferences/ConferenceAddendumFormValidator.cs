using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Conferences;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Conferences;

public sealed class ConferenceAddendumFormValidator : AbstractValidator<ConferenceAddendumForm>
{
    public ConferenceAddendumFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(x => x.Text).NotEmpty().WithMessage(_ => l["Conferences.Errors.Addendum"])
            .MaximumLength(ConferenceAddendum.TextMaxLength).WithMessage(_ => l["Validation.TooLong", ConferenceAddendum.TextMaxLength]);
    }
}
