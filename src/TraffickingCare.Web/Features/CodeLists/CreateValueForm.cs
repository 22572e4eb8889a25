using System.ComponentModel.DataAnnotations;

namespace TraffickingCare.Web.Features.CodeLists;

/// <summary>A new value in an existing list; lists themselves are defined by the application, not here.</summary>
public sealed class CreateValueForm : CodeListValueFields
{
    public string? List { get; set; }

    [Display(Name = "CodeLists.Fields.Code")]
    public string? Code { get; set; }
}
