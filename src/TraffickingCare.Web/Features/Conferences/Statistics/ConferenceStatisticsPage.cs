namespace TraffickingCare.Web.Features.Conferences.Statistics;

/// <summary>The filter as typed (kept when refused), the year's figures and the year before's beside them.</summary>
public sealed record ConferenceStatisticsPage(ConferenceStatisticsFilter Filter, ConferenceFigures Figures, ConferenceFigures PreviousYear);
