using System.Globalization;
using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Referrals;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Infrastructure.Time;
using TraffickingCare.Web.Infrastructure.Validation;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Referrals;

public sealed class LogReferralFormValidator : AbstractValidator<LogReferralForm>
{
    private static readonly DateOnly Earliest = new(1950, 1, 1);

    public LogReferralFormValidator(IStringLocalizer<SharedResource> l, AppDbContext db, CentreClock clock)
    {
        RuleFor(x => x.SubmissionKey).NotEmpty().WithMessage(_ => l["Common.FormExpired"]);

        RuleFor(x => x.ReceivedOn)
            .Must(v => CentreClock.TryParseDate(v, out var d) && d >= Earliest && d <= clock.Today)
            .WithMessage(_ => l["Referrals.Errors.ReceivedOnInvalid"]);
        RuleFor(x => x.ReceivedAt)
            .Must(v => CentreClock.TryParseTime(v, out _))
            .WithMessage(_ => l["Referrals.Errors.ReceivedAtInvalid"]);
        RuleFor(x => x)
            .Must(x => !CentreClock.TryParseDate(x.ReceivedOn, out var d) || !CentreClock.TryParseTime(x.ReceivedAt, out var t)
                || CentreClock.ToUtc(d, t) <= clock.UtcNow.AddMinutes(1))
            .WithName(nameof(LogReferralForm.ReceivedAt))
            .OverridePropertyName(nameof(LogReferralForm.ReceivedAt))
            .WithMessage(_ => l["Referrals.Errors.ReceivedInFuture"]);

        RuleFor(x => x.ChannelCode).NotEmpty().WithMessage(_ => l["Referrals.Errors.ChannelRequired"]);
        RuleFor(x => x.ReferrerSectorCode).NotEmpty().WithMessage(_ => l["Referrals.Errors.SectorRequired"]);

        CodeFrom(x => x.ChannelCode, ReferralCodeLists.Channel);
        CodeFrom(x => x.ReferrerSectorCode, ReferralCodeLists.ReferrerSector);
        CodeFrom(x => x.MunicipalityCode, ReferralCodeLists.Municipality);
        CodeFrom(x => x.SexCode, ReferralCodeLists.Sex);
        CodeFrom(x => x.CitizenshipCode, ReferralCodeLists.Citizenship);
        CodeFrom(x => x.LanguageCode, ReferralCodeLists.Language);

        MaxLength(x => x.ReferrerOrganisation, Referral.OrganisationMaxLength);
        MaxLength(x => x.ReferrerContact, Referral.ContactMaxLength);
        MaxLength(x => x.PersonNameOrAlias, ReferredPerson.NameMaxLength);
        MaxLength(x => x.Circumstances, Referral.CircumstancesMaxLength);

        RuleFor(x => x.Age)
            .Must(v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var age) && age <= 120)
            .When(x => !string.IsNullOrWhiteSpace(x.Age))
            .WithMessage(_ => l["Referrals.Errors.AgeInvalid"]);
        RuleFor(x => x.DateOfBirth).OptionalBirthDate(clock).WithMessage(_ => l["Referrals.Errors.DateOfBirthInvalid"]);

        void MaxLength(System.Linq.Expressions.Expression<Func<LogReferralForm, string?>> field, int max) =>
            RuleFor(field).MaximumLength(max).WithMessage(_ => l["Validation.TooLong", max]);

        void CodeFrom(System.Linq.Expressions.Expression<Func<LogReferralForm, string?>> field, string list) =>
            RuleFor(field).InCodeList(db, list).WithMessage(_ => l["Validation.UnknownOption"]);
    }
}
