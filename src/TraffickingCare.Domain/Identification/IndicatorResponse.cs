using TraffickingCare.Domain.Common;

namespace TraffickingCare.Domain.Identification;

/// <summary>One answer of a checklist: present, absent or unknown, with where it came from.</summary>
public sealed class IndicatorResponse : Entity, IPartOf<PreliminaryChecklist>
{
    public const int SourceMaxLength = 200;
    public const int NoteMaxLength = 2000;

    private IndicatorResponse()
    {
        IndicatorCode = string.Empty;
    }

    public Guid ChecklistId { get; private set; }

    Guid IPartOf<PreliminaryChecklist>.RootId => ChecklistId;

    public string IndicatorCode { get; private set; }

    public IndicatorGroup Group { get; private set; }

    public IndicatorAnswer Answer { get; private set; }

    /// <summary>Who or what the answer rests on (the person, police record, a document…).</summary>
    public string? Source { get; private set; }

    /// <summary>May describe the person's experience: encrypted.</summary>
    public string? Note { get; private set; }

    internal static IndicatorResponse Unanswered(Guid checklistId, string indicatorCode, IndicatorGroup group) => new()
    {
        ChecklistId = checklistId,
        IndicatorCode = indicatorCode,
        Group = group,
        Answer = IndicatorAnswer.Unknown,
    };

    internal void Record(IndicatorAnswer answer, string? source, string? note)
    {
        source = Guard.OptionalText(source, SourceMaxLength, "Identification.Errors.SourceTooLong");
        note = Guard.OptionalText(note, NoteMaxLength, "Identification.Errors.NoteTooLong");
        Answer = answer;
        Source = source;
        Note = note;
    }
}
