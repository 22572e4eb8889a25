using Microsoft.AspNetCore.Mvc;

namespace TraffickingCare.Web.Features.Home;

public sealed class HomeController : Controller
{
    /// <summary>Each role's work on one page; sections fill in as the features arrive.</summary>
    public async Task<IActionResult> Index([FromServices] HomeWorkQuery work, CancellationToken ct) =>
        View(HomeViewModel.For(
            User,
            await work.ReferralsAsync(User, ct),
            await work.CasesAsync(User, ct),
            await work.FollowUpsDueAsync(User, ct),
            await work.DecisionsOverdueAsync(User, ct)) with
        {
            AwaitingApproval = await work.AwaitingApprovalAsync(User, ct),
        });
}
