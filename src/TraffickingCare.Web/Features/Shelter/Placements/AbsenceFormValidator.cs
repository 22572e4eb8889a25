using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Web.Infrastructure.Time;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Shelter.Placements;

/// <summary>Real dates within a year of today (a planned visit may lie ahead); the order against the admission is the domain's rule.</summary>
public sealed class AbsenceFormValidator : AbstractValidator<AbsenceForm>
{
    public AbsenceFormValidator(IStringLocalizer<SharedResource> l, CentreClock clock)
    {
        RuleFor(x => x.Kind).NotNull().WithMessage(_ => l["Shelter.Errors.AbsenceKind"]).IsInEnum().WithMessage(_ => l["Shelter.Errors.AbsenceKind"]);
        RuleFor(x => x.FromOn).Must(v => Near(v, clock)).WithMessage(_ => l["Shelter.Errors.Date"]);
        RuleFor(x => x.ToOn).Must(v => Near(v, clock)).When(x => !string.IsNullOrWhiteSpace(x.ToOn)).WithMessage(_ => l["Shelter.Errors.Date"]);
    }

    private static bool Near(string? value, CentreClock clock) =>
        CentreClock.TryParseDate(value, out var d) && d >= clock.Today.AddYears(-10) && d <= clock.Today.AddYears(1);
}
