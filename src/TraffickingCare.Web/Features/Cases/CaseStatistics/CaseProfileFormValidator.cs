using System.Globalization;
using FluentValidation;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Resources;
using Lists = TraffickingCare.Web.Features.Cases.CaseStatistics.CaseStatisticsCodeLists;

namespace TraffickingCare.Web.Features.Cases.CaseStatistics;

public sealed class CaseProfileFormValidator : AbstractValidator<CaseProfileForm>
{
    public CaseProfileFormValidator(IStringLocalizer<SharedResource> l, AppDbContext db)
    {
        RuleFor(x => x.SexCode).InCodeList(db, Lists.Sex, f => CaseHeldCodes.One(f.Held.Profile.SexCode)).WithMessage(_ => l["Validation.UnknownOption"]);
        RuleFor(x => x.CitizenshipCode).InCodeList(db, Lists.Citizenship, f => CaseHeldCodes.One(f.Held.Profile.CitizenshipCode)).WithMessage(_ => l["Validation.UnknownOption"]);
        RuleFor(x => x.EducationCode).InCodeList(db, Lists.Education, f => CaseHeldCodes.One(f.Held.Profile.EducationCode)).WithMessage(_ => l["Validation.UnknownOption"]);
        RuleFor(x => x.MaritalStatusCode).InCodeList(db, Lists.MaritalStatus, f => CaseHeldCodes.One(f.Held.Profile.MaritalStatusCode)).WithMessage(_ => l["Validation.UnknownOption"]);
        RuleFor(x => x.ResidenceMunicipalityCode)
            .InCodeList(db, Lists.Municipality, f => CaseHeldCodes.One(f.Held.Profile.ResidenceMunicipalityCode)).WithMessage(_ => l["Validation.UnknownOption"]);
        RuleFor(x => x.FurtherCitizenships)
            .AllInCodeList(db, Lists.Citizenship, f => f.Held.Several[CaseCodeFields.FurtherCitizenship]).WithMessage(_ => l["Validation.UnknownOption"]);
        RuleFor(x => x.FurtherCitizenships)
            .Must((f, further) => CaseStatisticsChange.Blank(f.CitizenshipCode) is not { } first || !further.Contains(first))
            .WithMessage(_ => l["Cases.Profile.Errors.FurtherCitizenshipIsFirst"]);
        RuleFor(x => x.Languages).AllInCodeList(db, Lists.Language, f => f.Held.Several[CaseCodeFields.Language]).WithMessage(_ => l["Validation.UnknownOption"]);
        RuleFor(x => x.Vulnerabilities).AllInCodeList(db, Lists.Vulnerability, f => f.Held.Several[CaseCodeFields.Vulnerability]).WithMessage(_ => l["Validation.UnknownOption"]);

        RuleFor(x => x.Age)
            .Must(v => TryParseAge(v, out _))
            .When(x => !string.IsNullOrWhiteSpace(x.Age))
            .WithMessage(_ => l["Cases.Profile.Errors.AgeInvalid"]);
    }

    public static bool TryParseAge(string? text, out int age) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out age) && age <= PersonProfile.MaxAge;
}
