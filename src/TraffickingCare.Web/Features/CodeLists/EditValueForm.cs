using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace TraffickingCare.Web.Features.CodeLists;

/// <summary>Relabel a value. The code is shown but never edited: codes are stable once used.</summary>
public sealed class EditValueForm : CodeListValueFields
{
    /// <summary>The version the user started from; a save from an older version is refused.</summary>
    public int? Version { get; set; }

    [BindNever]
    public string List { get; set; } = string.Empty;

    [BindNever]
    public string Code { get; set; } = string.Empty;
}
