using System.ComponentModel.DataAnnotations;

namespace TraffickingCare.Web.Features.SubjectAccess;

/// <summary>Why everything held about a person is exported: the request it answers (kept in the audit trail and printed on the document).</summary>
public sealed class SubjectExportForm
{
    [Display(Name = "SubjectAccess.Reason")]
    public string? Reason { get; set; }
}
