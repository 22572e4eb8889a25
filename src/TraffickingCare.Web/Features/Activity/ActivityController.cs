using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.Web.Features.Activity;

/// <summary>
/// The Centre's activity beyond casework: trainings given, awareness events, local anti-trafficking teams, and the
/// referrals each trained sector sent. No victim appears anywhere in it.
/// </summary>
[Authorize(Policy = Policies.ActivityReaders)]
public sealed class ActivityController : Controller
{
    [HttpGet("Activity")]
    public IActionResult Index() => View();
}
