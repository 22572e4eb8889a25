namespace TraffickingCare.Web.Features.Conferences.ConferenceRun;

/// <summary>The notes typed under one agenda item on the run page.</summary>
public sealed class ConferenceNotesInput
{
    public Guid Id { get; set; }

    public string? Text { get; set; }
}
