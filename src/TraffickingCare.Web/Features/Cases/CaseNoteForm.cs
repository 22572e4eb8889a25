using System.ComponentModel.DataAnnotations;

namespace TraffickingCare.Web.Features.Cases;

public sealed class CaseNoteForm
{
    [Display(Name = "Cases.Notes.Text")]
    public string? Text { get; set; }

    /// <summary>Set when the note amends an earlier one (notes older than 24 hours are never edited).</summary>
    public Guid? AmendsNoteId { get; set; }
}
