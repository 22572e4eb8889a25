using Microsoft.AspNetCore.Mvc.ModelBinding;
using TraffickingCare.Domain.Identification;

namespace TraffickingCare.Web.Features.Identification.Findings;

/// <summary>The findings and opinion editor: the sections, the decision, its forms of exploitation, the second author.</summary>
public sealed class FindingsForm
{
    public int Version { get; set; }

    public string? Basis { get; set; }

    public string? Sources { get; set; }

    public string? EstablishedFacts { get; set; }

    public string? IndicatorAnalysis { get; set; }

    public string? Opinion { get; set; }

    public IdentificationDecision? Decision { get; set; }

    public List<string> Forms { get; set; } = [];

    public string? SecondAuthorId { get; set; }

    /// <summary>The forms the document holds now; filled from the database, never from the request.</summary>
    [BindNever]
    public IReadOnlyList<string> HeldForms { get; set; } = [];

    public FindingsSections Sections => new(Basis, Sources, EstablishedFacts, IndicatorAnalysis, Opinion);

    public static FindingsForm Of(FindingsAndOpinion findings) => new()
    {
        Version = findings.Version,
        Basis = findings.Basis,
        Sources = findings.Sources,
        EstablishedFacts = findings.EstablishedFacts,
        IndicatorAnalysis = findings.IndicatorAnalysis,
        Opinion = findings.Opinion,
        Decision = findings.Decision,
        Forms = findings.ExploitationForms.Select(f => f.Code).ToList(),
        SecondAuthorId = findings.SecondAuthorId,
    };
}
