using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Partners.PartnerMerge;

/// <summary>Merging a duplicate entry into the one kept: coordinators and administrators only.</summary>
[Authorize(Policy = Policies.PartnerMaintainers)]
public sealed class PartnerMergeController(FormPost post) : Controller
{
    [HttpGet("Partners/Merge/{partnerId:guid}")]
    public async Task<IActionResult> Merge(Guid partnerId, [FromServices] MergePartnerPageQuery query, CancellationToken ct) =>
        await query.GetAsync(partnerId, null, ct) is { } model ? View(model) : NotFound();

    [HttpPost("Partners/Merge/{partnerId:guid}")]
    public Task<IActionResult> Merge(
        Guid partnerId, [Bind(Prefix = "Form")] MergePartnerForm form, [FromServices] IValidator<MergePartnerForm> validator, [FromServices] MergePartnersHandler handler, [FromServices] MergePartnerPageQuery query, CancellationToken ct) =>
        post.EndAsync(this, form, validator, f => handler.HandleAsync(partnerId, f, ct),
            new("Partners.Merge.Done",
                Done: r => PartnerPage.Show(r.Id!.Value),
                Again: async r =>
                {
                    if (r is { IsConflict: true })
                    {
                        // The hidden field shows the version as it is now, not the one posted.
                        ModelState.Remove("Form.Version");
                    }

                    return await query.GetAsync(partnerId, form, ct, conflict: r is { IsConflict: true }) is { } model ? View(model) : NotFound();
                },
                Prefix: "Form"), ct);
}
