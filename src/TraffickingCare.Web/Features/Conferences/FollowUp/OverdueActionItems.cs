using TraffickingCare.Web.Features.Shared.Home;

namespace TraffickingCare.Web.Features.Conferences.FollowUp;

/// <summary>The coordinator's home: how many conference action items are overdue, and the earliest of them.</summary>
public sealed record OverdueActionItems(int Count, IReadOnlyList<OverdueActionItem> Earliest) : HomePanelModel;

public sealed record OverdueActionItem(Guid ConferenceId, string CaseCode, DateOnly DueOn, string Owner);
