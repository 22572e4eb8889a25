namespace TraffickingCare.Web.Features.Conferences.ConferenceRun;

/// <summary>The draft endpoint's answer to conference-draft.js: the conference's new version when saved, and the status line to show.</summary>
public sealed record ConferenceDraftAnswer(int? Version, string Message);
