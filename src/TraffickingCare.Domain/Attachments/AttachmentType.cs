namespace TraffickingCare.Domain.Attachments;

/// <summary>
/// The kinds of file a case accepts, each recognised from the file's first bytes (<see cref="AttachmentContent"/>).
/// Formats that carry macros or scripts (.doc, .xls, .docm, HTML, executables) and plain text (which cannot be told
/// from markup by its content) are refused.
/// </summary>
public enum AttachmentType
{
    Pdf,
    Jpeg,
    Png,
    Docx,
    Xlsx,
    Odt,
    Ods,
}
