namespace TraffickingCare.Web.Features.Shared.Story;

/// <summary>
/// Proof that a reason for reading one part of one record has been written to the audit trail. Only
/// <see cref="CaseStory.RecordReasonAsync"/> makes one, so a query cannot be asked to show the story
/// without the read having been recorded first. It lives for one request: the next page asks again.
/// </summary>
public sealed class StoryReason
{
    internal StoryReason(StoryPart part, Guid entityId)
    {
        Part = part;
        EntityId = entityId;
    }

    public StoryPart Part { get; }

    public Guid EntityId { get; }
}
