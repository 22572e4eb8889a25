using System.ComponentModel.DataAnnotations;
using TraffickingCare.Domain.Cases;

namespace TraffickingCare.Web.Features.Cases;

/// <summary>Moves (or reopens) a case; carries the version the user saw.</summary>
public sealed class MoveCaseForm
{
    public int Version { get; set; }

    [Display(Name = "Cases.Move.NewStatus")]
    public CaseStatus? Status { get; set; }
}
