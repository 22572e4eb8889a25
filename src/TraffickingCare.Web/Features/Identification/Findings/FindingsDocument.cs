using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Identification;
using TraffickingCare.Web.Infrastructure.Time;
using TraffickingCare.Web.Reporting;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Identification.Findings;

/// <summary>
/// The findings and opinion as a PDF, in the user's language. It names the case by its code only:
/// a document that leaves the Centre must not carry the person's name on its cover or in its file name.
/// Its authors are the people who wrote it (recorded by the document), whoever was named as author.
/// </summary>
public static class FindingsDocument
{
    public static PdfDocumentModel Compose(FindingsViewModel findings, IStringLocalizer<SharedResource> l)
    {
        var f = findings.Form;
        string Decision() => f.Decision is { } d ? l["Identification.Decision." + d].Value : string.Empty;
        IReadOnlyList<string> writers = findings.EditorNames.Count > 0 ? findings.EditorNames : [.. new[] { findings.FirstAuthorName, findings.SecondAuthorName }.OfType<string>()];
        var document = new PdfDocumentModel(l["Identification.Findings.Title"], findings.CaseCode)
            .Heading(l["Identification.Findings.Title"])
            .KeyValues(
                (l["Cases.List.Code"], findings.CaseCode),
                (l["Identification.Findings.Revision"], findings.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                (l["Identification.Findings.DecidedOn"], (findings.DecidedOn is { } day ? CentreClock.FormatDate(day) : string.Empty)),
                (l["Identification.Findings.Authors"], string.Join(", ", writers)),
                (l["Identification.Findings.ApprovedBy"], findings.ApprovedByName ?? string.Empty));
        if (findings.SupersedesRevision is { } old)
        {
            document.Paragraph(l["Identification.Findings.Corrects", old]);
        }

        foreach (var (key, text) in new[]
        {
            ("Identification.Section.Basis", f.Basis),
            ("Identification.Section.Sources", f.Sources),
            ("Identification.Section.EstablishedFacts", f.EstablishedFacts),
            ("Identification.Section.IndicatorAnalysis", f.IndicatorAnalysis),
            ("Identification.Section.Opinion", f.Opinion),
        })
        {
            document.Heading(l[key], 2).Paragraph(text ?? string.Empty);
        }

        document.Heading(l["Identification.Findings.Decision"], 2).Paragraph(Decision(), bold: true);
        if (f.Decision == IdentificationDecision.Identified && f.Forms.Count > 0)
        {
            document.KeyValues((l["Identification.Findings.Forms"], string.Join(", ", f.Forms.Select(findings.FormLabel))));
        }

        return document
            .Spacer(36)
            .Signatures([.. writers, l["Identification.Pdf.Coordinator"]]);
    }

    /// <summary>The case code (and revision after the first): never a name.</summary>
    public static string FileName(FindingsViewModel findings) =>
        findings.Revision == 1 ? $"{findings.CaseCode}.pdf" : $"{findings.CaseCode}-r{findings.Revision}.pdf";
}
