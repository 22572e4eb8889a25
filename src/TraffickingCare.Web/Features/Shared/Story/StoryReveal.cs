using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace TraffickingCare.Web.Features.Shared.Story;

/// <summary>
/// The one way a page shows management a hidden part of a person's story: the record must be within reach,
/// the reason is written to the audit trail (<see cref="CaseStory"/>), and only then is the page built with it.
/// Without a usable reason the page comes back as it was, with the error on the reason form.
/// The page view itself is recorded by the action's <c>[AuditView]</c>, as for the plain page.
/// </summary>
public sealed class StoryReveal(CaseStory story, IStringLocalizer<Resources.SharedResource> l)
{
    /// <param name="page">Builds the page's model, showing the part when given the proof; null when out of reach.</param>
    public async Task<IActionResult> RevealAsync<TModel>(
        Controller controller,
        StoryPart part,
        Guid entityId,
        string? reason,
        Func<StoryReason?, Task<TModel?>> page,
        string viewName,
        CancellationToken ct)
        where TModel : class
    {
        if (await page(null) is not { } hidden)
        {
            return controller.NotFound();
        }

        var proof = await story.RecordReasonAsync(part, entityId, reason, ct);
        if (proof is null)
        {
            controller.ModelState.AddModelError(StoryReasonPrompt.FormIdOf(part), l["People.Errors.ReasonRequired"]);
            return controller.View(viewName, hidden);
        }

        return await page(proof) is { } shown ? controller.View(viewName, shown) : controller.NotFound();
    }
}
