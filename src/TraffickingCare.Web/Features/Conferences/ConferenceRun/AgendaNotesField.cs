namespace TraffickingCare.Web.Features.Conferences.ConferenceRun;

/// <summary>What <c>_AgendaNotes</c> shows beside the notes it edits: the agenda item they are taken under.</summary>
public sealed record AgendaNotesField(ConferencePageAgendaItem Item);
