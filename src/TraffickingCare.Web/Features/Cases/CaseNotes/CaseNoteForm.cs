using System.ComponentModel.DataAnnotations;

namespace TraffickingCare.Web.Features.Cases.CaseNotes;

public sealed class CaseNoteForm
{
    [Display(Name = "Cases.Notes.Text")]
    public string? Text { get; set; }

    /// <summary>Set when the note amends an earlier one (notes older than 24 hours are never edited).</summary>
    [Display(Name = "Cases.Notes.Amends")]
    public Guid? AmendsNoteId { get; set; }
}
