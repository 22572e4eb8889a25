using Microsoft.AspNetCore.Mvc;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Shelter.Placements;

/// <summary>
/// Where the forms of a shelter file end (the placement's own and its plan's): done, back to the file; refused, the
/// file as it is now with what was typed in the refused form. The typed form keeps the version it was shown with, so a
/// change made meanwhile is still caught; after a conflict it carries the version the page now shows.
/// </summary>
public sealed class PlacementFile(PlacementPageQuery page)
{
    public const string RouteKey = "placementId";

    public static RedirectToActionResult Show(Guid placementId) => new(nameof(PlacementsController.Details), "Placements", new { placementId });

    public PostEnd End(Controller controller, Guid placementId, string doneKey, Func<PlacementPage, PlacementPage> keepInput, string prefix, CancellationToken ct) =>
        new(doneKey, Done: _ => Show(placementId), Again: async result =>
        {
            var model = await page.GetAsync(placementId, ct);
            if (model is null)
            {
                return controller.NotFound();
            }

            controller.ModelState.Remove($"{prefix}.Version");
            controller.ModelState.Remove($"{prefix}.ChangeId");
            var again = keepInput(model);
            if (result is { IsConflict: true })
            {
                again.MoveForm.Version = model.Version;
                again.ExitForm.Version = model.Version;
                if (model.Plan.Pending is { } pending)
                {
                    again.ReturnForm.ChangeId = pending.Id;
                    again.ReturnForm.Version = pending.Version;
                }
            }

            return controller.View(nameof(PlacementsController.Details), again);
        }, Prefix: prefix);
}
