using TraffickingCare.Web.Reporting;

namespace TraffickingCare.Web.Features.Reports.Annual.Pdf;

/// <summary>
/// A numbered part of the report: its lines in the contents and its pages. A line of the contents and the heading it
/// points to share an anchor, so the contents print the page the heading lands on.
/// </summary>
internal abstract class ReportSection(int number)
{
    protected int Number { get; } = number;

    /// <summary>The anchor of the section's own heading.</summary>
    protected string Anchor => $"section-{Number}";

    public abstract IEnumerable<PdfContentsEntry> Contents { get; }

    public abstract void Write(PdfDocumentModel document);

    protected string Numbered(string title) => $"{Number}. {title}";
}
