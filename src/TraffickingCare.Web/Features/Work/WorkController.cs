using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace TraffickingCare.Web.Features.Work;

/// <summary>"Moj rad": one list of what is due, gathered from every feature.</summary>
[Authorize(Roles = WorkRoles.Authorize)]
public sealed class WorkController : Controller
{
    [HttpGet("Work")]
    public async Task<IActionResult> Index(string? member, string? memberFind, string? assigneeFind, [FromServices] WorkPageQuery query, CancellationToken ct, int page = 1) =>
        View(await query.GetAsync(User, member, memberFind, page, ct, assigneeFind));
}
