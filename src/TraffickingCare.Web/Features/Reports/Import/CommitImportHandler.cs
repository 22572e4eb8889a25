using System.Data.Common;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TraffickingCare.Domain.Common;
using TraffickingCare.Domain.Imports;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Storage;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Reports.Import;

/// <summary>
/// The commit: the kept file is read again and validated again against today's code lists (nothing of a file that
/// no longer passes is written), then written in one transaction: all of it, or on any failure nothing.
/// </summary>
public sealed class CommitImportHandler(
    AppDbContext db, AttachmentStore store, CaseImportWriter writer, CentreClock clock, ImportJobs jobs, UserManager<AppUser> users, IOptions<ReportImportOptions> options, ILogger<CommitImportHandler> log)
{
    public async Task RunAsync(Guid importId, CancellationToken ct)
    {
        var import = await db.CaseImports.SingleAsync(i => i.Id == importId, ct);
        if (import.Status != CaseImportStatus.Running || import.StoredName is not { } storedName || import.WrappedKey is not { } key)
        {
            return;
        }

        try
        {
            var failure = await CommitAsync(import, storedName, key, ct);
            if (failure is not null)
            {
                await FailAsync(importId, failure, ct);
            }
        }
        catch (Exception ex) when (ex is DomainException or DbUpdateException or DbException or InvalidOperationException)
        {
            log.LogWarning(ex, "Import {ImportId} rolled back", importId);
            await FailAsync(importId, ex is DomainException domain ? domain.ResourceKey : "Import.Errors.CommitFailed", ct);
        }
        finally
        {
            store.DeleteUnrecorded(storedName);
        }
    }

    private async Task<string?> CommitAsync(CaseImport import, string storedName, string key, CancellationToken ct)
    {
        using var content = new MemoryStream();
        if (!await store.CopyToAsync(storedName, key, content, ct))
        {
            return "Import.Errors.FileGone";
        }

        content.Position = 0;
        if (Convert.ToHexStringLower(SHA256.HashData(content)) != import.Sha256)
        {
            return "Import.Errors.FileGone";
        }

        content.Position = 0;
        var parsed = ImportFileReader.Read(content, await ImportCodeLists.LoadAsync(db, ct), clock.Today);
        if (!parsed.IsValid)
        {
            return "Import.Errors.NoLongerValid";
        }

        if (await LeadAsync(ct) is not { } lead)
        {
            return "Import.Errors.NoLead";
        }

        // The whole file is one transaction, run by the execution strategy: SQL Server's retrying strategy refuses a
        // transaction begun outside it, and a retry starts the file again from its first row, numbering afresh.
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            var sequences = await db.Cases.IgnoreQueryFilters().GroupBy(c => c.CodeYear).Select(g => new { g.Key, Last = g.Max(c => c.CodeSequence) }).ToDictionaryAsync(g => g.Key, g => g.Last, ct);
            var session = new ImportSession(import.Id, import.ImportedBy, lead, clock.UtcNow, clock.Today, sequences);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var (created, updated, unchanged) = await writer.WriteAsync(parsed.Rows, session, rows => jobs.Report(import.Id, rows), ct);
            var done = await db.CaseImports.SingleAsync(i => i.Id == import.Id, ct);
            done.Complete(created, updated, unchanged, clock.UtcNow);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        });
        return null;
    }

    private async Task FailAsync(Guid importId, string failureKey, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var import = await db.CaseImports.SingleAsync(i => i.Id == importId, ct);
        import.Fail(failureKey);
        await db.SaveChangesAsync(ct);
    }

    private async Task<string?> LeadAsync(CancellationToken ct)
    {
        if (options.Value.ImportLeadUserName is { Length: > 0 } name)
        {
            return (await users.FindByNameAsync(name))?.Id;
        }

        return await db.Users.AsNoTracking()
            .Where(u => !u.IsDisabled && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Coordinator)))
            .OrderBy(u => u.UserName)
            .Select(u => u.Id)
            .FirstOrDefaultAsync(ct);
    }
}
