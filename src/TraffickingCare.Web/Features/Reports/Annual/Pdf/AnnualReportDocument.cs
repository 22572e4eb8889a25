using System.Globalization;
using Microsoft.Extensions.Localization;
using TraffickingCare.Web.Features.Reports.Annual.Charts;
using TraffickingCare.Web.Infrastructure.Time;
using TraffickingCare.Web.Reporting;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Reports.Annual.Pdf;

/// <summary>
/// Composes the report's pages: a cover, the contents (each section and table with the page its heading lands on,
/// which the engine fills in after layout), then the sections; every page carries its number at the foot.
/// </summary>
internal static class AnnualReportDocument
{
    public static PdfDocumentModel Compose(AnnualReportView view, AnnualReportCharts charts, IStringLocalizer<SharedResource> l, CultureInfo culture)
    {
        var title = l["ReportPdf.Title", view.Year].Value;
        var document = new PdfDocumentModel(title, Reference(view, l)) { Culture = culture };
        var sections = Sections(view, charts, l);

        Cover(document, view, title, l);
        document.Heading(l["ReportPdf.Contents"]).Contents([.. sections.SelectMany(s => s.Contents)]).PageBreak();
        foreach (var section in sections)
        {
            section.Write(document);
        }

        return document;
    }

    private static void Cover(PdfDocumentModel document, AnnualReportView view, string title, IStringLocalizer<SharedResource> l)
    {
        document.Spacer(150).Heading(l["ReportPdf.CentreName"], 2).Spacer(12).Heading(title).Spacer(12);
        if (view.Revision is { } revision)
        {
            document.Paragraph(l["ReportPdf.Revision", revision], bold: true);
            if (view.PublishedAtUtc is { } published)
            {
                document.Paragraph(l["ReportPdf.PublishedOn", CentreClock.FormatInstantDate(published)]);
            }
        }
        else
        {
            document.Paragraph(l["ReportPdf.Draft"], bold: true);
        }

        if (!view.IsSuppressed)
        {
            document.Paragraph(l["ReportPdf.Internal"], bold: true);
        }

        document.PageBreak();
    }

    /// <summary>Printed at the top of every page beside the Centre's name: the year and which version this is.</summary>
    private static string Reference(AnnualReportView view, IStringLocalizer<SharedResource> l)
    {
        var marker = view.Revision is { } revision ? l["ReportPdf.RevisionMarker", revision].Value : l["ReportPdf.DraftMarker"].Value;
        var reference = $"{l["ReportPdf.Reference", view.Year].Value} · {marker}";
        return view.IsSuppressed ? reference : $"{reference} · {l["ReportPdf.InternalMarker"].Value}";
    }

    private static List<ReportSection> Sections(AnnualReportView view, AnnualReportCharts charts, IStringLocalizer<SharedResource> l)
    {
        var sections = new List<ReportSection>();
        if (!string.IsNullOrWhiteSpace(view.Introduction))
        {
            sections.Add(new IntroductionSection(sections.Count + 1, view.Introduction, l));
        }

        if (charts.Trend(view) is { } trend)
        {
            sections.Add(new TrendSection(sections.Count + 1, view, trend, l));
        }

        sections.Add(new TablesSection(sections.Count + 1, view, charts, l));
        sections.Add(new NotesSection(sections.Count + 1, view, l));
        return sections;
    }
}
