namespace TraffickingCare.Web.Features.Cases.CaseNotes;

/// <summary>The correction form of one note in the list; <see cref="NoteForm"/> is named as the add form's, so both post the same field.</summary>
public sealed record EditNoteForm(Guid CaseId, Guid NoteId, CaseNoteForm NoteForm);
