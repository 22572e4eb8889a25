using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Shelter.Beds;

/// <summary>
/// Shelter units, rooms and beds: the coordinator's. The administrator manages accounts, not the shelter: the
/// page shows the secret address, which only shelter staff and the coordinator may read.
/// </summary>
[Authorize(Roles = Roles.Coordinator)]
public sealed class BedsController(FormPost post, BedsPageQuery page, BedAdministration beds) : Controller
{
    [HttpGet("Shelter/Beds")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await page.GetAsync(null, ct));

    [HttpPost("Shelter/Beds/AddUnit")]
    public Task<IActionResult> AddUnit([Bind(Prefix = "UnitForm")] UnitForm form, [FromServices] IValidator<UnitForm> validator, CancellationToken ct) =>
        post.EndAsync(this, form, validator, f => beds.AddUnitAsync(f, ct),
            new("Shelter.Beds.UnitAdded", Done: _ => Show(), Again: _ => AgainAsync(form, null, ct), Prefix: "UnitForm"), ct);

    [HttpPost("Shelter/Beds/AddRoom/{shelterId:guid}")]
    public Task<IActionResult> AddRoom(Guid shelterId, [Bind(Prefix = nameof(RoomForm))] RoomForm form, [FromServices] IValidator<RoomForm> validator, CancellationToken ct) =>
        post.EndAsync(this, form, validator, f => beds.AddRoomAsync(shelterId, f, ct),
            new("Shelter.Beds.RoomAdded", Done: _ => Show(), Again: _ => AgainAsync(null, new RefusedLabel(shelterId, form.Name), ct), Prefix: nameof(RoomForm)), ct);

    [HttpPost("Shelter/Beds/AddBed/{roomId:guid}")]
    public Task<IActionResult> AddBed(Guid roomId, [Bind(Prefix = nameof(BedForm))] BedForm form, [FromServices] IValidator<BedForm> validator, CancellationToken ct) =>
        post.EndAsync(this, form, validator, f => beds.AddBedAsync(roomId, f, ct),
            new("Shelter.Beds.BedAdded", Done: _ => Show(), Again: _ => AgainAsync(null, new RefusedLabel(roomId, form.Name), ct), Prefix: nameof(BedForm)), ct);

    [HttpPost("Shelter/Beds/OutOfUse/{bedId:guid}")]
    public Task<IActionResult> OutOfUse(Guid bedId, CancellationToken ct) =>
        post.EndButtonAsync(this, () => beds.SetInUseAsync(bedId, inUse: false, ct), new("Shelter.Beds.TakenOutOfUse", Done: _ => Show()));

    [HttpPost("Shelter/Beds/BackInUse/{bedId:guid}")]
    public Task<IActionResult> BackInUse(Guid bedId, CancellationToken ct) =>
        post.EndButtonAsync(this, () => beds.SetInUseAsync(bedId, inUse: true, ct), new("Shelter.Beds.BackInUse", Done: _ => Show()));

    /// <summary>
    /// The page again with the refused form's input: the unit form, or the one room or bed form under its unit or room; a
    /// unit or room that does not exist is not found, as it is when the input is valid.
    /// </summary>
    private async Task<IActionResult> AgainAsync(UnitForm? unitForm, RefusedLabel? refused, CancellationToken ct)
    {
        var model = await page.GetAsync(unitForm, ct, refused);
        return refused is null || model.Holds(refused.For) ? View(nameof(Index), model) : NotFound();
    }

    private static RedirectToActionResult Show() => new(nameof(Index), "Beds", null);
}
