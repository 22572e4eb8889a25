using Microsoft.Extensions.Localization;
using TraffickingCare.Web.Reporting;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Reports.Annual.Pdf;

/// <summary>Management's own words on the year, printed as written (paragraphs kept); left out when empty.</summary>
internal sealed class IntroductionSection(int number, string text, IStringLocalizer<SharedResource> l) : ReportSection(number)
{
    public override IEnumerable<PdfContentsEntry> Contents => [new(Numbered(l["ReportPdf.Introduction"]), Anchor)];

    public override void Write(PdfDocumentModel document)
    {
        document.Heading(Numbered(l["ReportPdf.Introduction"]), anchor: Anchor);
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            document.Paragraph(paragraph);
        }
    }
}
