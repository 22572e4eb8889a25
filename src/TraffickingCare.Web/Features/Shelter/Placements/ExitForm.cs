using System.ComponentModel.DataAnnotations;
using TraffickingCare.Domain.Shelter;

namespace TraffickingCare.Web.Features.Shelter.Placements;

public sealed class ExitForm
{
    public int Version { get; set; }

    [Display(Name = "Shelter.Exit.On")]
    public string? ExitedOn { get; set; }

    [Display(Name = "Shelter.Exit.At")]
    public string? ExitedAt { get; set; }

    [Display(Name = "Shelter.Exit.Destination")]
    public ExitDestination? Destination { get; set; }

    [Display(Name = "Shelter.Exit.Reason")]
    public string? Reason { get; set; }

    /// <summary>Optional: the first follow-up contact after the exit, scheduled in the same save for the one who records the exit.</summary>
    [Display(Name = "Shelter.Exit.FollowUpOn")]
    public string? FollowUpOn { get; set; }
}
