using System.ComponentModel.DataAnnotations;

namespace TraffickingCare.Web.Features.Shelter.Placements;

/// <summary>
/// Admission. Shelter staff do not browse cases: they type the case code the team gave them, and the case must
/// exist and be open (not closed).
/// </summary>
public sealed class AdmitForm
{
    [Display(Name = "Shelter.Admit.CaseCode")]
    public string? CaseCode { get; set; }

    [Display(Name = "Shelter.Admit.On")]
    public string? AdmittedOn { get; set; }

    [Display(Name = "Shelter.Admit.At")]
    public string? AdmittedAt { get; set; }

    [Display(Name = "Shelter.Admit.ReferredBy")]
    public string? ReferredBy { get; set; }

    [Display(Name = "Shelter.Bed")]
    public Guid? BedId { get; set; }
}
