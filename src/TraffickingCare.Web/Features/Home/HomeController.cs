using Microsoft.AspNetCore.Mvc;

namespace TraffickingCare.Web.Features.Home;

public sealed class HomeController : Controller
{
    /// <summary>Each role's work on one page; sections fill in as the features arrive.</summary>
    public IActionResult Index() => View(HomeViewModel.For(User));
}
