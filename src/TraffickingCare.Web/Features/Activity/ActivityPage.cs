using TraffickingCare.Web.Features.Shared.Lookups;

namespace TraffickingCare.Web.Features.Activity;

/// <summary>The hub: the year's figures beside the year before, with the trained sectors' labels.</summary>
public sealed record ActivityPage(ActivityFilter Filter, ActivityFigures Figures, ActivityFigures PreviousYear, IReadOnlyList<CodeListOption> Sectors);
