using Microsoft.Extensions.Localization;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Conferences.ConferenceRun.ActionItems;

/// <summary>A new action item as the run page posts it: what, who (a staff member <c>u:{id}</c>, or someone outside the Centre by name), by when (dd.MM.yyyy.).</summary>
public sealed class ConferenceActionItemForm
{
    public string? Description { get; set; }

    public string? Owner { get; set; }

    public string? OwnerExternal { get; set; }

    public string? DueOn { get; set; }

    /// <summary>
    /// The item as text for an addendum, once the minutes were closed before it could be added: what, who (the staff
    /// member's name as the page offered it, or the outside owner as typed) and by when; null when nothing was described.
    /// </summary>
    public string? AsAddendum(IReadOnlyList<CodeListOption> staff, IStringLocalizer<SharedResource> l)
    {
        if (string.IsNullOrWhiteSpace(Description))
        {
            return null;
        }

        var owner = staff.FirstOrDefault(s => s.Code == Owner)?.Label ?? OwnerExternal?.Trim();
        return l["Conferences.ActionItems.AsAddendum", Description.Trim(), string.IsNullOrWhiteSpace(owner) ? "–" : owner, string.IsNullOrWhiteSpace(DueOn) ? "–" : DueOn.Trim()];
    }
}
