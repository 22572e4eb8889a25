using TraffickingCare.Domain.Identification;

namespace TraffickingCare.Web.Features.Identification;

/// <summary>The preliminary checklist of a case, grouped as asked, with the answers shown (saved or just typed).</summary>
public sealed record ChecklistViewModel(
    Guid CaseId,
    string CaseCode,
    int Version,
    int SetVersion,
    bool IsCompleted,
    DateOnly? CompletedOn,
    bool CanEdit,
    IReadOnlyList<ChecklistItemView> Items,
    LegalElements Summary)
{
    public IEnumerable<IGrouping<IndicatorGroup, (ChecklistItemView Item, int Index)>> Groups =>
        Items.Select((item, index) => (item, index)).GroupBy(x => x.item.Group).OrderBy(g => g.Key);
}

public sealed record ChecklistItemView(string Code, IndicatorGroup Group, string Label, IndicatorAnswer Answer, string? Source, string? Note);
