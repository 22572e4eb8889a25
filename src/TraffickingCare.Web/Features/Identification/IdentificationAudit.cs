using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Identification;

namespace TraffickingCare.Web.Features.Identification;

/// <summary>The audit entry types of the identification pages: the stored values, written once.</summary>
public static class IdentificationAudit
{
    /// <summary>A view of a case's identification (overview, interviews and sources, checklist).</summary>
    public const string Case = nameof(CaseFile) + ".Identification";

    /// <summary>A view or download of one findings and opinion.</summary>
    public const string Findings = nameof(FindingsAndOpinion);
}
