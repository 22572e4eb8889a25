using System.Globalization;
using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Identification;
using TraffickingCare.Web.Infrastructure.Time;
using TraffickingCare.Web.Infrastructure.Validation;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Identification.Evidence;

public sealed class InterviewFormValidator : AbstractValidator<InterviewForm>
{
    public InterviewFormValidator(IStringLocalizer<SharedResource> l, CentreClock clock)
    {
        RuleFor(x => x.HeldOn).PastDate(clock).WithMessage(_ => l["Identification.Errors.DateInvalid"]);
        RuleFor(x => x.Interviewers).NotEmpty().WithMessage(_ => l["Identification.Errors.InterviewersRequired"])
            .MaximumLength(Interview.InterviewersMaxLength).WithMessage(_ => l["Validation.TooLong", Interview.InterviewersMaxLength]);
        RuleFor(x => x.Interpreter).MaximumLength(Interview.InterpreterMaxLength).WithMessage(_ => l["Validation.TooLong", Interview.InterpreterMaxLength]);
        RuleFor(x => x.Place).NotEmpty().WithMessage(_ => l["Identification.Errors.PlaceRequired"])
            .MaximumLength(Interview.PlaceMaxLength).WithMessage(_ => l["Validation.TooLong", Interview.PlaceMaxLength]);
        RuleFor(x => x.DurationMinutes)
            .Must(v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= Interview.MaxDurationMinutes)
            .WithMessage(_ => l["Identification.Errors.DurationInvalid"]);
        RuleFor(x => x.Summary).MaximumLength(Interview.SummaryMaxLength).WithMessage(_ => l["Validation.TooLong", Interview.SummaryMaxLength]);
    }
}
