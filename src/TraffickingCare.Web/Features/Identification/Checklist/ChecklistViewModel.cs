using TraffickingCare.Domain.Identification;
using TraffickingCare.Web.Features.Shared.Story;

namespace TraffickingCare.Web.Features.Identification.Checklist;

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
    /// <summary>The answers as the form posts them, one per item in the same order.</summary>
    public ChecklistForm Form { get; } = new()
    {
        Version = Version,
        Answers = [.. Items.Select(i => new ChecklistAnswerForm { Code = i.Code, Answer = i.Answer, Source = i.Source, Note = i.Note })],
    };

    /// <summary>Some note is withheld: the page offers the reason form.</summary>
    public bool NotesHidden => Items.Any(i => i.NoteHidden);

    public IEnumerable<IGrouping<IndicatorGroup, (ChecklistItemView Item, int Index)>> Groups =>
        Items.Select((item, index) => (item, index)).GroupBy(x => x.item.Group).OrderBy(g => g.Key);
}

/// <summary>One indicator; its source and note null while hidden (see <see cref="CaseStory"/>), when <paramref name="NoteHidden"/> says either exists.</summary>
public sealed record ChecklistItemView(string Code, IndicatorGroup Group, string Label, IndicatorAnswer Answer, string? Source, string? Note, bool NoteHidden = false);
