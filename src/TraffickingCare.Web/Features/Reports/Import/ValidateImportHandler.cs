using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Imports;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Storage;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Reports.Import;

/// <summary>
/// Reads the whole upload and checks it. A file with any problem is reported and forgotten: nothing is written. A
/// valid file is kept encrypted (like an attachment) for the commit, with a row saying who brought which file.
/// </summary>
public sealed class ValidateImportHandler(AppDbContext db, AttachmentStore store, CentreClock clock)
{
    private const int IdsPerQuery = 500;

    public async Task<ImportValidation> HandleAsync(IFormFile file, ClaimsPrincipal user, CancellationToken ct)
    {
        await using var content = file.OpenReadStream();
        var sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(content, ct));
        content.Position = 0;
        var parsed = ImportFileReader.Read(content, await ImportCodeLists.LoadAsync(db, ct), clock.Today);
        if (!parsed.IsValid)
        {
            return new ImportValidation(parsed, null);
        }

        var known = 0;
        foreach (var ids in parsed.Rows.Select(r => r.CaseId).Chunk(IdsPerQuery))
        {
            known += await db.ImportedCases.CountAsync(o => ids.Contains(o.ExternalCaseId), ct);
        }

        content.Position = 0;
        var stored = await store.SaveAsync(content, ct);
        try
        {
            var import = CaseImport.Validate(file.FileName, sha256, parsed.Rows.Count, parsed.Rows.Count - known, user.GetUserId(), clock.UtcNow, stored.Name, stored.WrappedKey);
            db.CaseImports.Add(import);
            await db.SaveChangesAsync(ct);
            return new ImportValidation(parsed, import.Id);
        }
        catch
        {
            store.DeleteUnrecorded(stored.Name);
            throw;
        }
    }
}

/// <summary>The validation's report, and the kept import when the file passed.</summary>
public sealed record ImportValidation(ImportParseResult Result, Guid? ImportId);
