namespace TraffickingCare.Web.Features.Activity.Trainings;

/// <summary>What <c>_SectorCount</c> shows beside the count it edits: the sector's name.</summary>
public sealed record SectorCountField(string Label);
