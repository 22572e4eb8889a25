using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Support;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Infrastructure.Time;
using TraffickingCare.Web.Infrastructure.Validation;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Services;

public sealed class ServiceFormValidator : AbstractValidator<ServiceForm>
{
    public ServiceFormValidator(IStringLocalizer<SharedResource> l, AppDbContext db, CentreClock clock, StaffOrPartnerOptionsQuery givers)
    {
        RuleFor(x => x.TypeCode)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => l["Services.Errors.Type"])
            .InCodeList(db, ServiceForm.TypeList, f => f.HeldTypeCode is { } held ? [held] : []).WithMessage(_ => l["Services.Errors.Type"]);
        RuleFor(x => x.On).PastDate(clock).WithMessage(_ => l["Services.Errors.Date"]);
        RuleFor(x => x.DurationMinutes)
            .NotNull().WithMessage(_ => l["Services.Errors.Duration"])
            .InclusiveBetween(1, CaseService.MaxDurationMinutes).WithMessage(_ => l["Services.Errors.Duration"]);
        RuleFor(x => x.GivenBy)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => l["Support.Errors.StaffOrPartner"])
            .MustAsync((v, ct) => givers.AllOfferedAsync([v], ct)).WithMessage(_ => l["Support.Errors.StaffOrPartner"]);
        RuleFor(x => x.Note).MaximumLength(CaseService.NoteMaxLength).WithMessage(_ => l["Validation.TooLong", CaseService.NoteMaxLength]);
    }
}
