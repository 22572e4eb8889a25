namespace TraffickingCare.Web.Features.Shelter.Statistics;

/// <summary>The filter as typed (kept when refused) and the figures of the period it names, or of this year so far.</summary>
public sealed record ShelterStatisticsPage(ShelterStatisticsFilter Filter, ShelterFigures Figures);
