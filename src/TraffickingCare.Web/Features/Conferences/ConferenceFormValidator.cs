using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Conferences;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Infrastructure.Time;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Conferences;

public sealed class ConferenceFormValidator : AbstractValidator<ConferenceForm>
{
    public ConferenceFormValidator(IStringLocalizer<SharedResource> l, CentreClock clock, PartnerOptionsQuery partners, StaffOrPartnerOptionsQuery staff)
    {
        RuleFor(x => x.Date).Must(v => CentreClock.TryParseDate(v, out _)).WithMessage(_ => l["Conferences.DateInvalid"]);
        RuleFor(x => x.Time).Must(v => CentreClock.TryParseTime(v, out _)).WithMessage(_ => l["Conferences.TimeInvalid"]);
        // A When applies to every check before it in the chain unless told otherwise (ApplyConditionTo.CurrentValidator).
        RuleFor(x => x.Date).Must(_ => false).When(x => IsPast(x, clock)).WithMessage(_ => l["Conferences.Errors.InPast"]);
        RuleFor(x => x.Date).Must(_ => false).When(x => StartsAtUtc(x) is { } at && at > clock.UtcNow + CaseConference.LatestAhead)
            .WithMessage(_ => l["Conferences.Errors.TooFar"]);
        RuleFor(x => x.DurationMinutes).NotNull().WithMessage(_ => l["Conferences.Errors.Duration"]).InclusiveBetween(CaseConference.MinDurationMinutes, CaseConference.MaxDurationMinutes).WithMessage(_ => l["Conferences.Errors.Duration"]);
        RuleFor(x => x.Place).NotNull().WithMessage(_ => l["Conferences.Errors.Place"]).IsInEnum().WithMessage(_ => l["Conferences.Errors.Place"]);
        RuleFor(x => x.PlacePartnerId)
            .NotNull().When(x => x.Place == ConferencePlace.Institution).WithMessage(_ => l["Conferences.Errors.Place"])
            .MustAsync((id, ct) => partners.ExistsAsync(id!.Value, ct)).When(x => x.Place == ConferencePlace.Institution && x.PlacePartnerId is not null, ApplyConditionTo.CurrentValidator)
            .WithMessage(_ => l["Conferences.Errors.Place"]);
        RuleFor(x => x.Chair).Must(v => v?.StartsWith("u:", StringComparison.Ordinal) == true).WithMessage(_ => l["Conferences.Errors.Chair"])
            .MustAsync((v, ct) => staff.AllOfferedAsync([v], ct)).When(x => x.Chair?.StartsWith("u:", StringComparison.Ordinal) == true, ApplyConditionTo.CurrentValidator)
            .WithMessage(_ => l["Conferences.Errors.Chair"]);
        RuleFor(x => x.Staff).Must(v => v.All(s => s.StartsWith("u:", StringComparison.Ordinal))).WithMessage(_ => l["Conferences.StaffUnknown"])
            .MustAsync((v, ct) => staff.AllOfferedAsync(v, ct)).When(x => x.Staff.Count > 0, ApplyConditionTo.CurrentValidator).WithMessage(_ => l["Conferences.StaffUnknown"]);
        RuleFor(x => x.Staff).Must((form, _) => Invited(form) is > 0 and <= CaseConference.MaxParticipants)
            .WithMessage(_ => l["Conferences.Errors.Participants"]);
        RuleFor(x => x.Others).Must(v => v.Count <= ConferenceForm.MaxOthers).WithMessage(_ => l["Conferences.Errors.Participants"]);
        RuleForEach(x => x.Others).ChildRules(other =>
        {
            other.RuleFor(o => o.Name).NotEmpty().When(o => !o.IsEmpty).WithMessage(_ => l["Conferences.Errors.ParticipantName"])
                .MaximumLength(ConferenceParticipant.NameMaxLength).WithMessage(_ => l["Validation.TooLong", ConferenceParticipant.NameMaxLength]);
            other.RuleFor(o => o.Role).NotEmpty().When(o => !o.IsEmpty).WithMessage(_ => l["Conferences.Errors.ParticipantRole"])
                .MaximumLength(ConferenceParticipant.RoleMaxLength).WithMessage(_ => l["Validation.TooLong", ConferenceParticipant.RoleMaxLength]);
            other.RuleFor(o => o.Institution).MaximumLength(ConferenceParticipant.InstitutionMaxLength)
                .WithMessage(_ => l["Validation.TooLong", ConferenceParticipant.InstitutionMaxLength]);
        });
        RuleFor(x => x.Agenda).Must(v => v.Count <= ConferenceForm.MaxAgenda && v.Any(line => line is { IsEmpty: false }))
            .WithMessage(_ => l["Conferences.Errors.Agenda"]);
        RuleForEach(x => x.Agenda).ChildRules(line => line.RuleFor(x => x.Title).MaximumLength(ConferenceAgendaItem.TitleMaxLength)
            .WithMessage(_ => l["Validation.TooLong", ConferenceAgendaItem.TitleMaxLength]));
    }

    /// <summary>The typed time as UTC, when both date and time are readable.</summary>
    public static DateTime? StartsAtUtc(ConferenceForm form) =>
        CentreClock.TryParseDate(form.Date, out var date) && CentreClock.TryParseTime(form.Time, out var time) ? CentreClock.ToUtc(date, time) : null;

    // A date before today is refused even while the time is still missing, so both mistakes show at once.
    private static bool IsPast(ConferenceForm form, CentreClock clock) => StartsAtUtc(form) is { } at
        ? at < clock.UtcNow
        : CentreClock.TryParseDate(form.Date, out var date) && date < clock.Today;

    private static int Invited(ConferenceForm form) => form.Staff.Distinct().Count() + form.Actors.Distinct().Count() + form.Others.Count(o => !o.IsEmpty);
}
