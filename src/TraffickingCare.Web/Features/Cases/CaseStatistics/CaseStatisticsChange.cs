using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Cases.CaseStatistics;

/// <summary>
/// Saves the person's profile or the exploitation record of a case the user may change, with the
/// version the user saw. Closed cases included: statistics are corrected after closure too (audited).
/// </summary>
public sealed class CaseStatisticsChange(AppDbContext db, CaseChange change)
{
    /// <param name="apply">The domain method, given the person's date of birth when it is known.</param>
    public Task<ChangeResult> ApplyAsync(Guid caseId, int seenVersion, ClaimsPrincipal user, Action<CaseFile, DateOnly?> apply, CancellationToken ct) =>
        change.ApplyAsync(caseId, user, seenVersion, async file =>
        {
            // The age at the start of exploitation is computed from the date of birth when it is known
            // (read from the encrypted identity record; only the age is stored with the case).
            var dateOfBirth = file.PersonIdentityId is { } personId
                ? await db.PersonIdentities.Where(p => p.Id == personId).Select(p => p.DateOfBirth).SingleOrDefaultAsync(ct)
                : null;
            apply(file, dateOfBirth);
        }, ct, include: q => q.Include(c => c.CodeListValues));

    public static string? Blank(string? code) => string.IsNullOrWhiteSpace(code) ? null : code.Trim();

    public static IEnumerable<string> Codes(IEnumerable<string?> codes) => codes.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c!.Trim());
}
