using TraffickingCare.Domain.Common;

namespace TraffickingCare.Domain.Shelter;

/// <summary>
/// A dated progress note of the plan, signed by its author. It is never edited, not even by its author: a shelter
/// file may be read in court, so a correction is a new note that amends it (<see cref="AmendsNoteId"/>) and the
/// original stays as it was written.
/// </summary>
public sealed class ProgressNote : Entity
{
    public const int TextMaxLength = 8000;

    private ProgressNote()
    {
        Text = string.Empty;
        AuthorId = string.Empty;
    }

    public Guid PlacementId { get; private set; }

    /// <summary>Free text about the person: encrypted.</summary>
    public string Text { get; private set; }

    public string AuthorId { get; private set; }

    public DateTime WrittenAtUtc { get; private set; }

    public Guid? AmendsNoteId { get; private set; }

    internal static ProgressNote Write(Guid placementId, string text, string authorId, DateTime utcNow, Guid? amends) => new()
    {
        PlacementId = placementId,
        Text = Guard.Text(text, TextMaxLength, "Shelter.Errors.NoteText"),
        AuthorId = authorId,
        WrittenAtUtc = utcNow,
        AmendsNoteId = amends,
    };
}
