namespace TraffickingCare.Web.Reporting;

/// <summary>Turns a document model into PDF bytes. The one seam between the app and the PDF engine.</summary>
public interface IPdfRenderer
{
    byte[] Render(PdfDocumentModel document);
}
