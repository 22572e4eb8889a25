using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Cases;

/// <summary>
/// Saves the person's profile or the exploitation record of a case the user may change, with the
/// version the user saw. Closed cases included: statistics are corrected after closure too (audited).
/// </summary>
public sealed class CaseStatisticsHandler(AppDbContext db, CaseAccess access, CentreClock clock)
{
    public Task<ChangeResult> SaveProfileAsync(Guid id, CaseProfileForm form, ClaimsPrincipal user, CancellationToken ct) =>
        ChangeAsync(id, form.Version, user, (file, dateOfBirth) => file.DescribePerson(
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
            clock.UtcNow), ct);

    public Task<ChangeResult> SaveExploitationAsync(Guid id, CaseExploitationForm form, ClaimsPrincipal user, CancellationToken ct) =>
        ChangeAsync(id, form.Version, user, (file, dateOfBirth) => file.RecordExploitation(
            new ExploitationRecord(
                form.IsTransnational,
                Blank(form.MunicipalityCode),
                CentreClock.TryParseDate(form.From, out var from) ? from : null,
                CentreClock.TryParseDate(form.To, out var to) ? to : null,
                Blank(form.RecruitmentMethodCode),
                Blank(form.RelationshipToTraffickerCode)),
            Codes(form.Types),
            Codes(form.Countries),
            Codes(form.MethodsOfControl),
            dateOfBirth,
            clock.Today,
            user.GetUserId(),
            clock.UtcNow), ct);

    private async Task<ChangeResult> ChangeAsync(Guid id, int seenVersion, ClaimsPrincipal user, Action<CaseFile, DateOnly?> change, CancellationToken ct)
    {
        var file = await access.Editable(user).Include(c => c.CodeListValues).SingleOrDefaultAsync(c => c.Id == id, ct);
        if (file is null)
        {
            return ChangeResult.NotFound;
        }

        // The age at the start of exploitation is computed from the date of birth when it is known
        // (read from the encrypted identity record; only the age is stored with the case).
        var dateOfBirth = file.PersonIdentityId is { } personId
            ? await db.PersonIdentities.Where(p => p.Id == personId).Select(p => p.DateOfBirth).SingleOrDefaultAsync(ct)
            : null;
        db.Entry(file).Property(c => c.Version).OriginalValue = seenVersion;
        return await ChangeResult.OfAsync(() =>
        {
            change(file, dateOfBirth);
            return db.SaveChangesAsync(ct);
        });
    }

    private static string? Blank(string? code) => string.IsNullOrWhiteSpace(code) ? null : code.Trim();

    private static IEnumerable<string> Codes(IEnumerable<string?> codes) => codes.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c!.Trim());
}
