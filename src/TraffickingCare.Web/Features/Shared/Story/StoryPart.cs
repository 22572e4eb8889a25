namespace TraffickingCare.Web.Features.Shared.Story;

/// <summary>
/// The places where a person's story is shown: who they are and what happened to them, in the team's own words.
/// Each part has its own reason, so a manager who needs the findings does not thereby read the notes or the name.
/// </summary>
public enum StoryPart
{
    /// <summary>The person panel of the case page (identifying data).</summary>
    Person,

    /// <summary>The case notes on the case page.</summary>
    Notes,

    /// <summary>The summaries of the identification interviews.</summary>
    InterviewSummaries,

    /// <summary>The notes on the indicators of the preliminary checklist.</summary>
    ChecklistNotes,

    /// <summary>The five sections of a findings and opinion, on its page and in its PDF.</summary>
    Findings,
}
