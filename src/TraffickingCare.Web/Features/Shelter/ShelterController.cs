using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.Web.Features.Shelter;

/// <summary>The occupancy board: shelter staff's and the coordinator's view of every bed. Management reads statistics, not residents.</summary>
[Authorize(Policy = Policies.ShelterWorkers)]
public sealed class ShelterController(OccupancyBoardQuery board) : Controller
{
    [HttpGet("Shelter")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await board.GetAsync(ct));
}
