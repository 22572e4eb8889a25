using System.Security.Claims;
using TraffickingCare.Domain.Cases;

namespace TraffickingCare.Web.Features.Shared.CasePanels;

/// <summary>The case a panel is built for, as the case page already read it.</summary>
/// <param name="CanEdit">The user may change the case: works on it (its team or the coordinator) and it is not anonymised.</param>
/// <param name="ShowsStory">
/// The texts of the case (notes, what a service or a visit found) may be shown: false for management until it has
/// recorded a reason (<see cref="Story.CaseStory"/>); a panel then shows dates, kinds and authors but not the text.
/// </param>
public sealed record CasePanelContext(Guid CaseId, string CaseCode, CaseStatus Status, bool CanEdit, bool ShowsStory, ClaimsPrincipal User);
