using TraffickingCare.Domain.Activity;

namespace TraffickingCare.Web.Features.Activity.LocalTeams;

/// <summary>One line of the figures by region (or the total): teams, by status, and the meetings held this year.</summary>
public sealed record TeamRegionCounts(string Label, int Teams, int Active, int BeingReestablished, int Inactive, int MeetingsThisYear)
{
    public static TeamRegionCounts Of(string label, IReadOnlyCollection<TeamListRow> rows) => new(
        label,
        rows.Count,
        rows.Count(r => r.Status == LocalTeamStatus.Active),
        rows.Count(r => r.Status == LocalTeamStatus.BeingReestablished),
        rows.Count(r => r.Status == LocalTeamStatus.Inactive),
        rows.Sum(r => r.MeetingsThisYear));
}
