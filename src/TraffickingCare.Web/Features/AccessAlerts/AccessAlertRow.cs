namespace TraffickingCare.Web.Features.AccessAlerts;

public sealed record AccessAlertRow(
    Guid Id,
    int Version,
    string UserName,
    string DisplayName,
    DateTime DetectedAtUtc,
    int DistinctCases,
    int WindowMinutes,
    string? ReviewedByName,
    DateTime? ReviewedAtUtc,
    bool CanReview);
