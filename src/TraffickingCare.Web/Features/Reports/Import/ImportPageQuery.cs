using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TraffickingCare.Domain.Imports;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Reports.Import;

public sealed class ImportPageQuery(AppDbContext db, ImportJobs jobs, IOptions<ReportImportOptions> options)
{
    private const int Recent = 20;

    public async Task<ImportIndexPage> IndexAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var imports = await Pages(db.CaseImports.AsNoTracking().OrderByDescending(i => i.ValidatedAtUtc).Take(Recent), user, ct);
        return new ImportIndexPage(imports, options.Value.MaxBytes);
    }

    public async Task<ImportPage?> GetAsync(Guid id, ClaimsPrincipal user, CancellationToken ct) =>
        (await Pages(db.CaseImports.AsNoTracking().Where(i => i.Id == id), user, ct)).SingleOrDefault();

    private async Task<List<ImportPage>> Pages(IQueryable<CaseImport> imports, ClaimsPrincipal user, CancellationToken ct)
    {
        var userId = user.GetUserId();
        var rows = await imports
            .Select(i => new
            {
                Import = i,
                By = db.Users.Where(u => u.Id == i.ImportedBy).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return rows.Select(r => new ImportPage(
            r.Import.Id, r.Import.FileName, r.Import.Sha256, r.By ?? r.Import.ImportedBy, r.Import.ValidatedAtUtc, r.Import.Rows, r.Import.NewCases,
            r.Import.Status, r.Import.Created, r.Import.Updated, r.Import.Unchanged, r.Import.FailureKey,
            jobs.Processed(r.Import.Id), jobs.IsRunning(r.Import.Id),
            r.Import.Status == CaseImportStatus.Validated && r.Import.ImportedBy == userId)).ToList();
    }
}
