using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace TraffickingCare.Web.Features.CodeLists;

/// <summary>The fields a value's create and edit forms share (rendered by _ValueFields.cshtml).</summary>
public abstract class CodeListValueFields
{
    [Display(Name = "CodeLists.Fields.LabelLatin")]
    public string? LabelLatin { get; set; }

    [Display(Name = "CodeLists.Fields.LabelCyrillic")]
    public string? LabelCyrillic { get; set; }

    [Display(Name = "CodeLists.Fields.LabelEnglish")]
    public string? LabelEnglish { get; set; }

    [Display(Name = "CodeLists.Fields.SortOrder")]
    public int? SortOrder { get; set; }

    /// <summary>Set only after a concurrency conflict; never bound from the request.</summary>
    [BindNever]
    public SavedValue? Saved { get; set; }
}
