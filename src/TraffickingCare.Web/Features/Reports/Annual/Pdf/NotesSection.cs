using Microsoft.Extensions.Localization;
using TraffickingCare.Web.Reporting;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Reports.Annual.Pdf;

/// <summary>The counting rules a reader needs to read the tables right (docs/statistics.md has them in full), on a page of their own.</summary>
internal sealed class NotesSection(int number, AnnualReportView view, IStringLocalizer<SharedResource> l) : ReportSection(number)
{
    public override IEnumerable<PdfContentsEntry> Contents => [new(Numbered(l["ReportPdf.Notes"]), Anchor)];

    public override void Write(PdfDocumentModel document)
    {
        document.PageBreak().Heading(Numbered(l["ReportPdf.Notes"]), anchor: Anchor)
            .Paragraph(l["ReportPdf.Notes.Year"])
            .Paragraph(l["ReportPdf.Notes.Age"])
            .Paragraph(l["ReportPdf.Notes.Citizenship"])
            .Paragraph(l["ReportPdf.Notes.Exploitation"])
            .Paragraph(view.IsSuppressed
                ? l["ReportPdf.Notes.SmallCells", view.SuppressionThreshold - 1, view.SuppressionThreshold]
                : l["ReportPdf.Notes.Unsuppressed", view.SuppressionThreshold])
            .Paragraph(l["ReportPdf.Notes.Change"]);
    }
}
