namespace TraffickingCare.Web.Features.Shared.Story;

/// <summary>
/// The form in place of a hidden part of a person's story (<c>_StoryReason.cshtml</c>): why the reader needs it.
/// <paramref name="DownloadAction"/>, when set, adds a second button that sends the same reason for a download.
/// </summary>
public sealed record StoryReasonPrompt(StoryPart Part, string Controller, string Action, Guid Id, string? DownloadAction = null)
{
    /// <summary>The route parameter that carries <see cref="Id"/> in the actions' addresses (named for what it identifies, e.g. <c>caseId</c>).</summary>
    public required string IdRouteKey { get; init; }

    public IDictionary<string, string> RouteValues => new Dictionary<string, string> { [IdRouteKey] = Id.ToString() };

    /// <summary>The form's id, also the key of its error in the model state.</summary>
    public string FormId => FormIdOf(Part);

    public string PromptKey => Part == StoryPart.Person ? "People.RevealReason" : $"Story.{Part}.Reason";

    public string SubmitKey => Part == StoryPart.Person ? "People.Reveal" : $"Story.{Part}.Reveal";

    public static string FormIdOf(StoryPart part) => part switch
    {
        StoryPart.Person => "reveal-person",
        StoryPart.Notes => "reveal-notes",
        StoryPart.InterviewSummaries => "reveal-interviews",
        StoryPart.ChecklistNotes => "reveal-checklist",
        _ => "reveal-findings",
    };
}
