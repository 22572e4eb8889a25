namespace TraffickingCare.Web.Features.Activity.Trainings;

public sealed record SectorCountRow(string Code, string Label, int Count);
