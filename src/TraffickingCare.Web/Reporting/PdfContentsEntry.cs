namespace TraffickingCare.Web.Reporting;

/// <summary>
/// A line of a document's contents: the title as printed there, and the anchor of the heading it points to
/// (see <see cref="PdfDocumentModel.Heading"/>). Level 2 and 3 lines are indented under level 1.
/// </summary>
public sealed record PdfContentsEntry(string Title, string Anchor, int Level = 1);
