using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Proceedings.Hearings;

/// <summary>
/// The Centre's escort at a hearing is on the case's team (its lead or a member), who may open the case they go to
/// court for; a hearing keeps the escort it already names after they leave the team or the Centre. The form offers the same people
/// (<see cref="CaseStaffQuery.TeamOptionsAsync"/>).
/// </summary>
public static class HearingEscort
{
    public static readonly ChangeResult OffCase = ChangeResult.Refused("Proceedings.Errors.EscortUser", nameof(HearingForm.EscortUserId));

    /// <param name="recorded">The escort the hearing names now, if it exists.</param>
    public static async Task<bool> IsOnCaseAsync(CaseStaffQuery staff, Guid caseId, HearingForm form, IQueryable<string?>? recorded, CancellationToken ct) =>
        string.IsNullOrEmpty(form.EscortUserId) || await staff.IsTeamOrNamedAsync(caseId, form.EscortUserId, recorded, ct);
}
