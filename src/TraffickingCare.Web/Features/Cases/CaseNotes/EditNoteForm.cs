namespace TraffickingCare.Web.Features.Cases.CaseNotes;

/// <summary>
/// The correction form of one note in the list, posted as <c>EditForm.Text</c>: a prefix of its own, so that a refused
/// correction's text and error stay on its note and never fill the add form. <see cref="Open"/> when it comes back refused.
/// </summary>
public sealed record EditNoteForm(Guid CaseId, Guid NoteId, CaseNoteForm EditForm)
{
    public const string Prefix = nameof(EditForm);

    public bool Open { get; init; }
}
