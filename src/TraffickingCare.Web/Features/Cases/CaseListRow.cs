namespace TraffickingCare.Web.Features.Cases;

public sealed record CaseListRow(Guid Id, string Code, string Status, string LeadName, DateTime OpenedAtUtc, bool IsRestricted, DateOnly? FollowUpOn);
