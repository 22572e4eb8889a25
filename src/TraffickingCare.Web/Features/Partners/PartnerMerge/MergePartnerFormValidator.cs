using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Partners.PartnerMerge;

public sealed class MergePartnerFormValidator : AbstractValidator<MergePartnerForm>
{
    public MergePartnerFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(x => x.KeptPartnerId).NotEmpty().WithMessage(_ => l["Partners.Errors.MergeTarget"]);
        RuleFor(x => x.Version).NotNull().WithMessage(_ => l["Common.ConcurrencyConflict"]);
    }
}
