using System.ComponentModel.DataAnnotations;

namespace TraffickingCare.Web.Features.Shelter.Placements.ProgressNotes;

public sealed class ProgressNoteForm
{
    [Display(Name = "Shelter.Notes.Text")]
    public string? Text { get; set; }

    /// <summary>Set when the note corrects an earlier one: notes are never edited.</summary>
    [Display(Name = "Shelter.Notes.Amends")]
    public Guid? AmendsNoteId { get; set; }
}
