using System.ComponentModel.DataAnnotations;

namespace TraffickingCare.Web.Features.Network;

/// <summary>A day for one actor: a contact the team had (entered by hand), or the day the actor's part ended.</summary>
public sealed class ActorDayForm
{
    public int Version { get; set; }

    [Display(Name = "Network.Day")]
    public string? On { get; set; }
}
