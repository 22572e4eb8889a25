namespace TraffickingCare.Web.Features.Decisions;

/// <summary>The register's filters, bound from the query string (also by the export, which ignores the page).</summary>
public sealed class DecisionRegisterFilter
{
    public const int PageSize = 25;

    /// <summary>The calendar year of the decision date.</summary>
    public int? Year { get; set; }

    /// <summary>An <see cref="Domain.Identification.IdentificationDecision"/> name.</summary>
    public string? Outcome { get; set; }

    /// <summary>A code of the ExploitationType code list.</summary>
    public string? Form { get; set; }

    /// <summary>A user id: first or second author.</summary>
    public string? Author { get; set; }

    public int Page { get; set; } = 1;
}
