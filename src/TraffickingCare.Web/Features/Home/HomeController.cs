using Microsoft.AspNetCore.Mvc;
using TraffickingCare.Web.Features.Shared.Home;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.Web.Features.Home;

public sealed class HomeController(IEnumerable<IHomePanel> panels) : Controller
{
    /// <summary>
    /// Each role's work on one page: a card per role of the user, holding the panels the features contribute.
    /// One query per panel, one after the other (they share the request's DbContext): a constant number of commands.
    /// </summary>
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var shown = new List<HomePanelView>();
        foreach (var panel in panels.OrderBy(p => p.Order))
        {
            if (await panel.BuildAsync(User, ct) is { } view)
            {
                shown.Add(view);
            }
        }

        return View(new HomeViewModel(Roles.All.Where(User.IsInRole).ToList(), shown));
    }
}
