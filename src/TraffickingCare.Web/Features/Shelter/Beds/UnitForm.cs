using System.ComponentModel.DataAnnotations;

namespace TraffickingCare.Web.Features.Shelter.Beds;

public sealed class UnitForm
{
    [Display(Name = "Shelter.Beds.UnitName")]
    public string? Name { get; set; }

    [Display(Name = "Shelter.Address")]
    public string? Address { get; set; }
}
