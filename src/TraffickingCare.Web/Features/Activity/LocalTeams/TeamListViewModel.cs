namespace TraffickingCare.Web.Features.Activity.LocalTeams;

/// <summary>
/// The teams grouped by region (in the order reports use, an unknown region last): <see cref="Counts"/> covers every
/// team, so the national picture stays whole; <see cref="Groups"/> lists the teams the filter lets through.
/// </summary>
public sealed record TeamListViewModel(TeamListFilter Filter, int Year, IReadOnlyList<TeamRegionCounts> Counts, TeamRegionCounts Total, IReadOnlyList<TeamRegionGroup> Groups);

public sealed record TeamRegionGroup(string RegionCode, string Label, IReadOnlyList<TeamListRow> Teams);
