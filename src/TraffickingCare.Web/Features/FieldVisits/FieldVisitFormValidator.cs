using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Support;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Infrastructure.Time;
using TraffickingCare.Web.Infrastructure.Validation;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.FieldVisits;

public sealed class FieldVisitFormValidator : AbstractValidator<FieldVisitForm>
{
    public FieldVisitFormValidator(IStringLocalizer<SharedResource> l, AppDbContext db, CentreClock clock, StaffOrPartnerOptionsQuery people)
    {
        RuleFor(x => x.On).PastDate(clock).WithMessage(_ => l["FieldVisits.Errors.Date"]);
        RuleFor(x => x.Place)
            .Must(v => Enum.TryParse<VisitPlace>(v, out var place) && Enum.IsDefined(place) && !int.TryParse(v, out _))
            .WithMessage(_ => l["FieldVisits.Errors.Place"]);
        RuleFor(x => x.PurposeCode)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => l["FieldVisits.Errors.Purpose"])
            .InCodeList(db, FieldVisitForm.PurposeList, f => f.HeldPurposeCode is { } held ? [held] : []).WithMessage(_ => l["FieldVisits.Errors.Purpose"]);
        RuleFor(x => x.Participants)
            .Cascade(CascadeMode.Stop)
            .Must(p => p.Count is > 0 and <= FieldVisit.MaxParticipants).WithMessage(_ => l["FieldVisits.Errors.Participants"])
            .MustAsync((p, ct) => people.AllOfferedAsync(p, ct)).WithMessage(_ => l["FieldVisits.Errors.Participants"]);
        RuleFor(x => x.Outcome).MaximumLength(FieldVisit.OutcomeMaxLength).WithMessage(_ => l["Validation.TooLong", FieldVisit.OutcomeMaxLength]);
        RuleFor(x => x.NextStep).MaximumLength(FieldVisit.NextStepMaxLength).WithMessage(_ => l["Validation.TooLong", FieldVisit.NextStepMaxLength]);
        RuleFor(x => x.NextStep).NotEmpty().When(x => !string.IsNullOrWhiteSpace(x.NextStepOn)).WithMessage(_ => l["FieldVisits.Errors.NextStep"]);
        RuleFor(x => x.NextStepOn)
            .Must((form, v) => CentreClock.TryParseDate(v, out var due) && due >= clock.Today.AddDays(-1) && due <= clock.Today.AddYears(FieldVisit.NextStepMaxYears)
                && (!CentreClock.TryParseDate(form.On, out var on) || due >= on))
            .When(x => !string.IsNullOrWhiteSpace(x.NextStepOn) || !string.IsNullOrWhiteSpace(x.NextStep))
            .WithMessage(_ => l["FieldVisits.Errors.NextStepOn"]);
    }
}
