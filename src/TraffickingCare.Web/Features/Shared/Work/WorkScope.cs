using System.Security.Claims;

namespace TraffickingCare.Web.Features.Shared.Work;

/// <summary>Whose work is listed, and for whom.</summary>
/// <param name="Viewer">The signed-in user: what they may see bounds the list.</param>
/// <param name="AssigneeId">Whose work: the viewer's own, or the team member a coordinator chose.</param>
/// <param name="Today">The Centre's date today (the fake clock in tests).</param>
/// <param name="UtcNow">The instant now, for items due at a time.</param>
/// <param name="Horizon">The last day an upcoming item is listed on (e.g. hearings in the next 7 days).</param>
public sealed record WorkScope(ClaimsPrincipal Viewer, string AssigneeId, DateOnly Today, DateTime UtcNow, DateOnly Horizon);
