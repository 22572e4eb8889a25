using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Proceedings;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Infrastructure.Time;
using TraffickingCare.Web.Infrastructure.Validation;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Proceedings.Hearings;

/// <remarks>The escort from the Centre is checked against the case's team by the handlers (<see cref="HearingEscort"/>).</remarks>
public sealed class HearingFormValidator : AbstractValidator<HearingForm>
{
    public HearingFormValidator(IStringLocalizer<SharedResource> l, CentreClock clock, PartnerOptionsQuery partners)
    {
        var latest = DateOnly.FromDateTime(clock.LocalNow + Hearing.LatestAhead);
        RuleFor(x => x.Date).Must(v => CentreClock.TryParseDate(v, out var d) && d >= DateRules.EarliestRecordDate && d <= latest)
            .WithMessage(_ => l["Proceedings.Errors.HearingDate"]);
        RuleFor(x => x.Time).Must(v => CentreClock.TryParseTime(v, out _)).WithMessage(_ => l["Proceedings.Errors.HearingTime"]);
        RuleFor(x => x.CourtId).NotNull().WithMessage(_ => l["Proceedings.Errors.Court"])
            .MustAsync((id, ct) => partners.ExistsAsync(id!.Value, ct)).When(x => x.CourtId is not null, ApplyConditionTo.CurrentValidator).WithMessage(_ => l["Proceedings.Errors.Court"]);
        RuleFor(x => x.Kind).NotNull().WithMessage(_ => l["Proceedings.Errors.HearingKind"]).IsInEnum().WithMessage(_ => l["Proceedings.Errors.HearingKind"]);
        RuleFor(x => x.EscortPartnerId)
            .MustAsync((id, ct) => partners.ExistsAsync(id!.Value, ct)).When(x => x.EscortPartnerId is not null, ApplyConditionTo.CurrentValidator).WithMessage(_ => l["Proceedings.Errors.EscortPartner"])
            .Null().When(x => !string.IsNullOrEmpty(x.EscortUserId), ApplyConditionTo.CurrentValidator).WithMessage(_ => l["Proceedings.Errors.EscortOne"]);
        RuleFor(x => x.Outcome).MaximumLength(Hearing.OutcomeMaxLength).WithMessage(_ => l["Validation.TooLong", Hearing.OutcomeMaxLength]);

        // What happened is recorded once it has happened.
        RuleFor(x => x.StatementGiven).Must((form, given) => !given || !IsAhead(form, clock)).WithMessage(_ => l["Proceedings.Errors.OutcomeBeforeHearing"]);
        RuleFor(x => x.Outcome).Must((form, outcome) => string.IsNullOrWhiteSpace(outcome) || !IsAhead(form, clock))
            .WithMessage(_ => l["Proceedings.Errors.OutcomeBeforeHearing"]);
    }

    /// <summary>The typed time as UTC, when both date and time are readable.</summary>
    public static DateTime? StartsAtUtc(HearingForm form) =>
        CentreClock.TryParseDate(form.Date, out var date) && CentreClock.TryParseTime(form.Time, out var time) ? CentreClock.ToUtc(date, time) : null;

    private static bool IsAhead(HearingForm form, CentreClock clock) => StartsAtUtc(form) is { } at && at > clock.UtcNow;
}
