using TraffickingCare.Domain.Common;

namespace TraffickingCare.Domain.Cases;

/// <summary>
/// A dated, authored note on a case. Its author may correct it for 24 hours; after that it is part
/// of the record and can only be amended by a new note that points to it (<see cref="EditWindow"/>).
/// </summary>
public sealed class CaseNote : Entity
{
    public const int TextMaxLength = 8000;

    private CaseNote()
    {
        Text = string.Empty;
        AuthorId = string.Empty;
    }

    public Guid CaseId { get; private set; }

    public string Text { get; private set; }

    public string AuthorId { get; private set; }

    public DateTime WrittenAtUtc { get; private set; }

    public Guid? AmendsNoteId { get; private set; }

    internal static CaseNote Write(Guid caseId, string text, string authorId, DateTime utcNow, Guid? amends = null) => new()
    {
        CaseId = caseId,
        Text = Guard.Text(text, TextMaxLength, "Cases.Errors.NoteText"),
        AuthorId = authorId,
        WrittenAtUtc = utcNow,
        AmendsNoteId = amends,
    };

    public bool CanBeEditedBy(string userId, DateTime utcNow) => EditWindow.Allows(AuthorId, WrittenAtUtc, userId, utcNow);

    public void Edit(string text, string userId, DateTime utcNow)
    {
        EditWindow.Check(AuthorId, WrittenAtUtc, userId, utcNow, "Cases.Errors.NoteNotYours", "Cases.Errors.NoteLocked");
        Text = Guard.Text(text, TextMaxLength, "Cases.Errors.NoteText");
    }
}
