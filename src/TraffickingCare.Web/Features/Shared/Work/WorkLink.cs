namespace TraffickingCare.Web.Features.Shared.Work;

/// <summary>A route to a page: controller, action, and the id it takes under its route key ("caseId", "referralId").</summary>
public sealed record WorkLink(string Controller, string Action, string RouteKey, Guid Id);
