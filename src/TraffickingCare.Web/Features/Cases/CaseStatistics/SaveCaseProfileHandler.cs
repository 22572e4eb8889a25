using System.Security.Claims;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;
using static TraffickingCare.Web.Features.Cases.CaseStatistics.CaseStatisticsChange;

namespace TraffickingCare.Web.Features.Cases.CaseStatistics;

/// <summary>Saves the person's non-identifying profile on a case.</summary>
public sealed class SaveCaseProfileHandler(CaseStatisticsChange change, CentreClock clock)
{
    public Task<ChangeResult> HandleAsync(Guid caseId, CaseProfileForm form, ClaimsPrincipal user, CancellationToken ct) =>
        change.ApplyAsync(caseId, form.Version, user, (file, dateOfBirth) =>
        {
            file.DescribePerson(
                new PersonProfile(
                    Blank(form.SexCode),
                    CaseProfileFormValidator.TryParseAge(form.Age, out var age) ? age : null,
                    Blank(form.CitizenshipCode),
                    Blank(form.EducationCode),
                    Blank(form.MaritalStatusCode),
                    Blank(form.ResidenceMunicipalityCode)),
                Codes(form.Languages),
                Codes(form.Vulnerabilities),
                dateOfBirth,
                user.GetUserId(),
                clock.UtcNow);
            file.ReplaceCodes(CaseCodeFields.FurtherCitizenship, Codes(form.FurtherCitizenships), user.GetUserId(), clock.UtcNow);
        }, ct);
}
