using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Conferences;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Infrastructure.Time;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Conferences.ConferenceRun.ActionItems;

public sealed class ConferenceActionItemFormValidator : AbstractValidator<ConferenceActionItemForm>
{
    public ConferenceActionItemFormValidator(IStringLocalizer<SharedResource> l, CentreClock clock, StaffOrPartnerOptionsQuery staff)
    {
        RuleFor(x => x.Description).NotEmpty().WithMessage(_ => l["Conferences.Errors.ActionDescription"])
            .MaximumLength(ConferenceActionItem.DescriptionMaxLength).WithMessage(_ => l["Validation.TooLong", ConferenceActionItem.DescriptionMaxLength]);

        // Exactly one owner: a staff member from the list, or someone outside the Centre typed in.
        RuleFor(x => x.Owner).Must((form, _) => string.IsNullOrWhiteSpace(form.Owner) != string.IsNullOrWhiteSpace(form.OwnerExternal))
            .WithMessage(_ => l["Conferences.Errors.ActionOwner"]);
        RuleFor(x => x.Owner).Must(v => v!.StartsWith("u:", StringComparison.Ordinal)).WithMessage(_ => l["Conferences.StaffUnknown"])
            .MustAsync((v, ct) => staff.AllOfferedAsync([v], ct)).WithMessage(_ => l["Conferences.StaffUnknown"])
            .When(x => !string.IsNullOrWhiteSpace(x.Owner));
        RuleFor(x => x.OwnerExternal).MaximumLength(ConferenceActionItem.OwnerMaxLength).WithMessage(_ => l["Validation.TooLong", ConferenceActionItem.OwnerMaxLength]);
        RuleFor(x => x.DueOn).Must(v => CentreClock.TryParseDate(v, out _)).WithMessage(_ => l["Conferences.DateInvalid"]);
        RuleFor(x => x.DueOn).Must(v => CentreClock.TryParseDate(v, out var due) && due >= clock.Today && due <= clock.Today.AddYears(1))
            .When(x => CentreClock.TryParseDate(x.DueOn, out _)).WithMessage(_ => l["Conferences.Errors.ActionDue"]);
    }
}
