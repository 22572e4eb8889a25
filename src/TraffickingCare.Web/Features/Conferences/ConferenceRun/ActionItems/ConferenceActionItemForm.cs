namespace TraffickingCare.Web.Features.Conferences.ConferenceRun.ActionItems;

/// <summary>A new action item as the run page posts it: what, who (a staff member <c>u:{id}</c>, or someone outside the Centre by name), by when (dd.MM.yyyy.).</summary>
public sealed class ConferenceActionItemForm
{
    public string? Description { get; set; }

    public string? Owner { get; set; }

    public string? OwnerExternal { get; set; }

    public string? DueOn { get; set; }
}
