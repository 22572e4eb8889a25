using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Proceedings;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Infrastructure.Time;
using TraffickingCare.Web.Infrastructure.Validation;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Proceedings;

public sealed class ProceedingFormValidator : AbstractValidator<ProceedingForm>
{
    public ProceedingFormValidator(IStringLocalizer<SharedResource> l, CentreClock clock, PartnerOptionsQuery partners)
    {
        RuleFor(x => x.AuthorityId).NotNull().WithMessage(_ => l["Proceedings.Errors.Authority"])
            .MustAsync((id, ct) => partners.ExistsAsync(id!.Value, ct)).When(x => x.AuthorityId is not null, ApplyConditionTo.CurrentValidator).WithMessage(_ => l["Proceedings.Errors.Authority"]);
        RuleFor(x => x.CaseNumber).MaximumLength(Proceeding.CaseNumberMaxLength).WithMessage(_ => l["Validation.TooLong", Proceeding.CaseNumberMaxLength]);
        RuleFor(x => x.Role).NotNull().WithMessage(_ => l["Proceedings.Errors.Role"]).IsInEnum().WithMessage(_ => l["Proceedings.Errors.Role"]);
        RuleFor(x => x.LawyerPartnerId)
            .MustAsync((id, ct) => partners.ExistsAsync(id!.Value, ct)).When(x => x.LawyerPartnerId is not null).WithMessage(_ => l["Proceedings.Errors.LawyerPartner"]);
        RuleFor(x => x.LawyerDescription).MaximumLength(Proceeding.LawyerDescriptionMaxLength).WithMessage(_ => l["Validation.TooLong", Proceeding.LawyerDescriptionMaxLength]);
        RuleFor(x => x.Measures).Must(m => m.All(ProtectiveMeasureFlags.All.Contains)).WithMessage(_ => l["Proceedings.Errors.Measures"]);
        RuleFor(x => x.NonPunishmentApplied).Must((form, applied) => !applied || form.Role == ProceedingRole.DefendantNonPunishment)
            .WithMessage(_ => l["Proceedings.Errors.NonPunishmentRole"]);

        // A compensation is an amount, a currency and a date, all three or none.
        When(x => ProceedingInput.AnyGiven(x.ClaimedAmount, x.ClaimedOn), () =>
        {
            RuleFor(x => x.ClaimedAmount).Must(v => ProceedingInput.TryParseAmount(v, out _)).WithMessage(_ => l["Proceedings.Errors.Amount"]);
            RuleFor(x => x.ClaimedCurrency).Must(Compensation.IsCurrencyCode).WithMessage(_ => l["Proceedings.Errors.Currency"]);
            RuleFor(x => x.ClaimedOn).PastDate(clock).WithMessage(_ => l["Proceedings.Errors.Date"]);
        });
        When(x => ProceedingInput.AnyGiven(x.AwardedAmount, x.AwardedOn), () =>
        {
            RuleFor(x => x.AwardedAmount).Must(v => ProceedingInput.TryParseAmount(v, out _)).WithMessage(_ => l["Proceedings.Errors.Amount"]);
            RuleFor(x => x.AwardedCurrency).Must(Compensation.IsCurrencyCode).WithMessage(_ => l["Proceedings.Errors.Currency"]);
            RuleFor(x => x.AwardedOn).PastDate(clock).WithMessage(_ => l["Proceedings.Errors.Date"]);
        });
    }
}
