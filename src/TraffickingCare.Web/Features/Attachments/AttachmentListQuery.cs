using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TraffickingCare.Domain.Attachments;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Storage;

namespace TraffickingCare.Web.Features.Attachments;

/// <summary>The live attachments of a case, newest first, with who uploaded them: one SQL command.</summary>
public sealed class AttachmentListQuery(AppDbContext db, CaseAccess access, IOptions<StorageOptions> options)
{
    /// <summary>For the case page, which has already found the case and decided what the user sees.</summary>
    public async Task<AttachmentsPage> ForCaseAsync(Guid caseId, string caseCode, bool canEdit, bool showsNames, CancellationToken ct)
    {
        var rows = await OfCase.For(db)(db, caseId).ToListAsync(ct);
        return new AttachmentsPage(caseId, caseCode, canEdit, showsNames, options.Value.MaxAttachmentBytes, [.. rows.Select(r => new AttachmentRow(
            r.Id, showsNames ? r.FileName : null, showsNames ? r.Description : null, r.Category, r.Type, r.SizeBytes, r.Name, r.UploadedAtUtc))]);
    }

    // Compiled: the case page lists its attachments on every view (docs/performance.md, the compiled panels).
    private static readonly CompiledPerModel<Func<AppDbContext, Guid, IAsyncEnumerable<AttachmentRead>>> OfCase = new(() =>
        EF.CompileAsyncQuery<AppDbContext, Guid, AttachmentRead>((db, caseId) =>
            from a in db.CaseAttachments.AsNoTracking()
            where a.CaseId == caseId
            join u in db.Users on a.UploadedBy equals u.Id into users
            from u in users.DefaultIfEmpty()
            orderby a.UploadedAtUtc descending
            select new AttachmentRead(a.Id, a.FileName, a.Description, a.Category, a.Type, a.SizeBytes, u == null ? a.UploadedBy : u.DisplayName, a.UploadedAtUtc)));

    private sealed record AttachmentRead(Guid Id, string FileName, string? Description, AttachmentCategory Category, AttachmentType Type, long SizeBytes, string Name, DateTime UploadedAtUtc);

    /// <summary>The feature's own page: only for those who change the case (a case out of reach is null).</summary>
    public async Task<AttachmentsPage?> PageAsync(Guid caseId, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!user.Meets(Policies.CaseEditors))
        {
            return null;
        }

        var code = await access.Editable(user).Where(c => c.Id == caseId).Select(c => c.Code).SingleOrDefaultAsync(ct);
        return code is null ? null : await ForCaseAsync(caseId, code, canEdit: true, showsNames: true, ct);
    }

    /// <summary>One live attachment of a case the user changes (only they download), or null: out of reach, removed, or of another case.</summary>
    public Task<CaseAttachment?> ForDownloadAsync(Guid caseId, Guid attachmentId, ClaimsPrincipal user, CancellationToken ct)
    {
        var editable = access.Editable(user);
        return db.CaseAttachments.AsNoTracking()
            .SingleOrDefaultAsync(a => a.Id == attachmentId && a.CaseId == caseId && editable.Any(c => c.Id == a.CaseId), ct);
    }
}
