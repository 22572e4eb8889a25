using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace TraffickingCare.Web.Features.Decisions;

/// <summary>
/// The register's filters, bound from the query string (also by the export, which ignores the page).
/// The filter partial's model.
/// </summary>
public sealed class DecisionRegisterFilter
{
    public const int PageSize = 25;

    /// <summary>The calendar year of the decision date.</summary>
    [Display(Name = "Decisions.Register.Year")]
    public int? Year { get; set; }

    /// <summary>An <see cref="Domain.Identification.IdentificationDecision"/> name.</summary>
    [Display(Name = "Decisions.Register.Decision")]
    public string? Outcome { get; set; }

    /// <summary>A code of the ExploitationType code list.</summary>
    [Display(Name = "Decisions.Register.Forms")]
    public string? Form { get; set; }

    /// <summary>A user id: first or second author.</summary>
    [Display(Name = "Decisions.Register.Author")]
    public string? Author { get; set; }

    /// <summary>What was typed to find the <see cref="Author"/> (a large centre's picker searches).</summary>
    public string? AuthorFind { get; set; }

    public int Page { get; set; } = 1;

    /// <summary>What the filter form offers; filled by the query, never bound from the request.</summary>
    [BindNever]
    public DecisionFilterChoices Choices { get; set; } = DecisionFilterChoices.None;
}
