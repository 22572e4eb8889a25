using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Cases;

/// <summary>
/// How every use case changes a case: load it through <see cref="CaseAccess"/> (so a case out of reach is
/// not found), apply the change, save with the version the user saw. A broken rule or a stale version is a refusal.
/// </summary>
public sealed class CaseChange(AppDbContext db, CaseAccess access)
{
    /// <param name="seenVersion">The case's version on the user's page; null for a change that competes with nothing (a note is added, never overwritten).</param>
    /// <param name="include">The children the change works on.</param>
    public async Task<ChangeResult> ApplyAsync(
        Guid caseId,
        ClaimsPrincipal user,
        int? seenVersion,
        Func<CaseFile, Task> change,
        CancellationToken ct,
        Func<IQueryable<CaseFile>, IQueryable<CaseFile>>? include = null)
    {
        var query = access.Editable(user);
        var file = await (include is null ? query : include(query)).SingleOrDefaultAsync(c => c.Id == caseId, ct);
        if (file is null)
        {
            return ChangeResult.NotFound;
        }

        if (seenVersion is { } version)
        {
            db.Entry(file).Property(c => c.Version).OriginalValue = version;
        }

        return await ChangeResult.OfAsync(async () =>
        {
            await change(file);
            await db.SaveChangesAsync(ct);
        });
    }

    /// <inheritdoc cref="ApplyAsync(Guid, ClaimsPrincipal, int?, Func{CaseFile, Task}, CancellationToken, Func{IQueryable{CaseFile}, IQueryable{CaseFile}}?)"/>
    public Task<ChangeResult> ApplyAsync(
        Guid caseId,
        ClaimsPrincipal user,
        int? seenVersion,
        Action<CaseFile> change,
        CancellationToken ct,
        Func<IQueryable<CaseFile>, IQueryable<CaseFile>>? include = null) =>
        ApplyAsync(caseId, user, seenVersion, file =>
        {
            change(file);
            return Task.CompletedTask;
        }, ct, include);
}
