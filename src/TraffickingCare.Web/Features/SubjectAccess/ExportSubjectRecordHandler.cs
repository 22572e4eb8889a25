using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.People;
using TraffickingCare.Web.Data.Auditing;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Reporting;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.SubjectAccess;

/// <summary>
/// Everything held about one person as a PDF, for management answering the person's request: the reason is written to
/// the audit trail with the file's size and SHA-256 before the first byte leaves (if the entry cannot be written,
/// nothing is sent).
/// </summary>
public sealed class ExportSubjectRecordHandler(SubjectRecordQuery query, IPdfRenderer renderer, AuditTrail audit, IStringLocalizer<SharedResource> l)
{
    public async Task<(ChangeResult Result, SubjectFile? File)> HandleAsync(Guid personId, SubjectExportForm form, CancellationToken ct)
    {
        if (await query.GetAsync(personId, ct) is not { } record)
        {
            return (ChangeResult.NotFound, null);
        }

        var reason = form.Reason!.Trim();
        var pdf = renderer.Render(SubjectRecordDocument.Compose(record, reason, l));
        await audit.RecordDownloadAsync(nameof(PersonIdentity), personId, DownloadedFile.Of(pdf), reason, ct);
        return (ChangeResult.Done, new SubjectFile(pdf, SubjectRecordDocument.FileName(record.PrintedOn, l)));
    }
}

public sealed record SubjectFile(byte[] Content, string Name);
