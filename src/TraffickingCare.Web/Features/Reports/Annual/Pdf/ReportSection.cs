namespace TraffickingCare.Web.Features.Reports.Annual.Pdf;

/// <summary>A numbered part of the report: its lines in the contents and its pages.</summary>
internal abstract class ReportSection(int number)
{
    protected int Number { get; } = number;

    public abstract IEnumerable<string> Contents { get; }

    public abstract void Write(Reporting.PdfDocumentModel document);

    protected string Numbered(string title) => $"{Number}. {title}";
}
