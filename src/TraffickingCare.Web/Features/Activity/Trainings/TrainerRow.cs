namespace TraffickingCare.Web.Features.Activity.Trainings;

/// <summary>A trainer as the page shows one: a staff member by display name, or an outside trainer by name and institution.</summary>
public sealed record TrainerRow(string Name, string? Institution, bool IsStaff);
