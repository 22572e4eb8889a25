using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Partners;

/// <summary>
/// The partner directory: everyone who works with partners reads it; coordinators and administrators maintain
/// it; a caseworker adds an institution the directory lacks (e.g. while building a support network) and returns
/// to where they came from.
/// </summary>
[Authorize(Policy = Policies.PartnerReaders)]
public sealed class PartnersController(FormPost post) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(PartnerListFilter filter, [FromServices] PartnerListQuery query, CancellationToken ct) =>
        View(await query.GetAsync(filter, ct));

    [HttpGet("Partners/Details/{partnerId:guid}")]
    public async Task<IActionResult> Details(Guid partnerId, [FromServices] PartnerDetailsQuery query, CancellationToken ct) =>
        await query.GetAsync(partnerId, ct) is { } model ? View(model) : NotFound();

    [HttpGet]
    [Authorize(Policy = Policies.PartnerCreators)]
    public async Task<IActionResult> Create(string? returnUrl, [FromServices] PartnerFormQuery query, CancellationToken ct) =>
        View(await query.PageAsync(new PartnerForm(), ct) with { ReturnUrl = Local(returnUrl) });

    /// <summary>Done: back to the page the user came from, with the new entry's id (<c>partnerId</c>) to pick it there; else the entry's page.</summary>
    [HttpPost]
    [Authorize(Policy = Policies.PartnerCreators)]
    public Task<IActionResult> Create(
        [Bind(Prefix = "Form")] PartnerForm form, string? returnUrl, [FromServices] IValidator<PartnerForm> validator, [FromServices] CreatePartnerHandler handler, [FromServices] PartnerFormQuery query, CancellationToken ct) =>
        post.EndAsync(this, form, validator, f => handler.HandleAsync(f, ct),
            new("Partners.Flash.Created",
                Done: r => Local(returnUrl) is { } back
                    ? LocalRedirect(QueryHelpers.AddQueryString(back, "partnerId", r.Id!.Value.ToString()))
                    : PartnerPage.Show(r.Id!.Value),
                Again: async _ => View(await query.PageAsync(form, ct) with { ReturnUrl = Local(returnUrl) }),
                Prefix: "Form"), ct);

    [HttpGet("Partners/Edit/{partnerId:guid}")]
    [Authorize(Policy = Policies.PartnerMaintainers)]
    public async Task<IActionResult> Edit(Guid partnerId, [FromServices] PartnerFormQuery query, CancellationToken ct) =>
        await query.SavedAsync(partnerId, ct) is { } form ? View(await query.PageAsync(form, ct) with { PartnerId = partnerId }) : NotFound();

    [HttpPost("Partners/Edit/{partnerId:guid}")]
    [Authorize(Policy = Policies.PartnerMaintainers)]
    public async Task<IActionResult> Edit(
        Guid partnerId, [Bind(Prefix = "Form")] PartnerForm form, [FromServices] IValidator<PartnerForm> validator, [FromServices] EditPartnerHandler handler, [FromServices] PartnerFormQuery query, CancellationToken ct)
    {
        if (await query.SavedAsync(partnerId, ct) is not { } saved)
        {
            return NotFound();
        }

        form.HeldMunicipalityCode = saved.HeldMunicipalityCode;
        return await post.EndAsync(this, form, validator, f => handler.HandleAsync(partnerId, f, ct),
            new("Partners.Flash.Saved", Done: _ => PartnerPage.Show(partnerId), Again: result => EditAgainAsync(partnerId, form, result, query, ct), Prefix: "Form"), ct);
    }

    /// <summary>After a conflict the typed values stay and the page takes the entry's new version: saving again is a deliberate overwrite.</summary>
    private async Task<IActionResult> EditAgainAsync(Guid partnerId, PartnerForm form, ChangeResult? result, PartnerFormQuery query, CancellationToken ct)
    {
        if (result is { IsConflict: true } && await query.SavedAsync(partnerId, ct) is { } latest)
        {
            form.Version = latest.Version;
            ModelState.Remove("Form.Version");
        }

        return View(await query.PageAsync(form, ct) with { PartnerId = partnerId });
    }

    private string? Local(string? returnUrl) => !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : null;
}
