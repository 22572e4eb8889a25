using System.Security.Claims;
using TraffickingCare.Domain.Auditing;
using TraffickingCare.Web.Data.Auditing;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Infrastructure.Validation;

namespace TraffickingCare.Web.Features.Shared.Story;

/// <summary>
/// The one need-to-know rule for a person's story (see <see cref="StoryPart"/>): those who work on the
/// case (its team and the coordinator, <see cref="CaseAccess.WorksOnVisible"/>) read it; anyone else who reaches
/// the case (management) reads it only on a page asked for with a reason, which is written to the audit
/// trail first. Without one they see that the content exists and the form to give a reason, never the
/// text. Codes, statuses, dates and statistics are not the story and stay visible to every reader.
/// </summary>
public sealed class CaseStory(AuditTrail audit)
{
    /// <summary>The audit entry type of a reasoned read of <paramref name="part"/> (action <c>Viewed</c>, with the reason).</summary>
    public static string AuditType(StoryPart part) => part switch
    {
        StoryPart.Person => "CaseFile.Person",
        StoryPart.Notes => "CaseFile.Notes",
        StoryPart.InterviewSummaries => "CaseFile.Interviews",
        StoryPart.ChecklistNotes => "CaseFile.Checklist",
        StoryPart.Findings => "FindingsAndOpinion.Sections",
        _ => throw new ArgumentOutOfRangeException(nameof(part)),
    };

    /// <summary>
    /// Whether this request shows <paramref name="part"/> of the record <paramref name="entityId"/> (the case,
    /// or the findings for <see cref="StoryPart.Findings"/>) of a case the caller has already found through
    /// <see cref="CaseAccess.Visible"/>: to those who work on it (<see cref="CaseAccess.WorksOnVisible"/>, no query), or
    /// to whoever gave a reason for that part of that record.
    /// </summary>
    public bool Shows(ClaimsPrincipal user, StoryPart part, Guid entityId, StoryReason? reason) =>
        CaseAccess.WorksOnVisible(user) || Reasoned(reason, part, entityId);

    /// <summary><see cref="Shows"/> for several parts of the case record itself (the person, the notes).</summary>
    public Func<StoryPart, bool> ShowsOfVisibleCase(ClaimsPrincipal user, Guid caseId, StoryReason? reason)
    {
        var worksOnIt = CaseAccess.WorksOnVisible(user);
        return part => worksOnIt || Reasoned(reason, part, caseId);
    }

    /// <summary>Whether the request carries the proof of a recorded reason for this part of this record.</summary>
    private static bool Reasoned(StoryReason? reason, StoryPart part, Guid entityId) =>
        reason is not null && reason.Part == part && reason.EntityId == entityId;

    /// <summary>
    /// Writes the reason to the audit trail and returns the proof that lets a query show the part; null, and
    /// nothing recorded, when the reason has no letters (invisible characters are not a reason) or is too long. Call it only for a record the user reaches.
    /// </summary>
    public async Task<StoryReason?> RecordReasonAsync(StoryPart part, Guid entityId, string? reason, CancellationToken ct)
    {
        var trimmed = reason?.Trim();
        if (!ReasonRules.HasLetters(trimmed) || trimmed!.Length > AuditEntry.ReasonMaxLength)
        {
            return null;
        }

        await audit.RecordViewAsync(AuditType(part), entityId, trimmed, ct);
        return new StoryReason(part, entityId);
    }
}
