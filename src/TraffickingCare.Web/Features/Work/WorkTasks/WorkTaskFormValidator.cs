using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Work;
using TraffickingCare.Web.Infrastructure.Time;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Work.WorkTasks;

/// <summary>A title, someone to do it, and a due date from today up to two years ahead (a task due in the past is a typo).</summary>
public sealed class WorkTaskFormValidator : AbstractValidator<WorkTaskForm>
{
    public WorkTaskFormValidator(IStringLocalizer<SharedResource> l, CentreClock clock)
    {
        RuleFor(x => x.Title)
            .NotEmpty().WithMessage(_ => l["Work.Errors.Title"])
            .MaximumLength(WorkTask.TitleMaxLength).WithMessage(_ => l["Validation.TooLong", WorkTask.TitleMaxLength]);
        // Held to a case code's length as the handler reads it: trimmed, so a code pasted with spaces around it is found.
        // (Not a length rule, so the field carries no maxlength that would cut such a paste in the browser.)
        RuleFor(x => x.CaseCode)
            .Must(v => v is null || v.Trim().Length <= CaseCode.MaxLength).WithMessage(_ => l["Work.Errors.Case"]);
        RuleFor(x => x.AssigneeId)
            .NotEmpty().WithMessage(_ => l["Work.Errors.Assignee"]);
        RuleFor(x => x.DueOn)
            .Must(v => CentreClock.TryParseDate(v, out var d) && d >= clock.Today && d <= clock.Today.AddYears(2))
            .WithMessage(_ => l["Work.Errors.DueOn"]);
    }
}
