using Microsoft.AspNetCore.Mvc;
using TraffickingCare.Web.Features.Identification.Findings;

namespace TraffickingCare.Web.Features.Identification;

/// <summary>The two pages the identification's sub-workflows lead back to: a case's overview and one findings and opinion.</summary>
public static class IdentificationPages
{
    public static RedirectToActionResult Case(Guid caseId) =>
        new(nameof(IdentificationController.Case), "Identification", new { caseId });

    public static RedirectToActionResult Findings(Guid findingsId) =>
        new(nameof(FindingsController.Findings), "Findings", new { findingsId });
}
