using TraffickingCare.Domain.Common;

namespace TraffickingCare.Domain.Attachments;

/// <summary>
/// A document kept with a case (an identity document, a medical report, a court letter). The file itself lies
/// encrypted on disk under a random name (<see cref="StoredName"/>), with its own key, which is kept here only
/// wrapped by the application's key ring (<see cref="WrappedKey"/>). The name it was uploaded with may name the
/// person, so it is kept encrypted like the description. Removing it only marks it deleted: the file stays.
/// </summary>
public sealed class CaseAttachment : Entity
{
    public const int FileNameMaxLength = 255;
    public const int DescriptionMaxLength = 500;
    public const int StoredNameLength = 32;

    private CaseAttachment()
    {
        FileName = string.Empty;
        StoredName = string.Empty;
        WrappedKey = string.Empty;
        UploadedBy = string.Empty;
    }

    public Guid CaseId { get; private set; }

    /// <summary>The name the file had on the uploader's computer, without any folder.</summary>
    public string FileName { get; private set; }

    public string? Description { get; private set; }

    public AttachmentCategory Category { get; private set; }

    /// <summary>The type found in the content (and agreed by the name), which decides the download's content type.</summary>
    public AttachmentType Type { get; private set; }

    public long SizeBytes { get; private set; }

    /// <summary>The file's name in the attachments folder: random, never derived from the case or the person.</summary>
    public string StoredName { get; private set; }

    /// <summary>The file's own key, protected by the application's key ring.</summary>
    public string WrappedKey { get; private set; }

    public string UploadedBy { get; private set; }

    public DateTime UploadedAtUtc { get; private set; }

    public static CaseAttachment Upload(
        Guid caseId, string fileName, AttachmentCategory category, string? description, AttachmentType type, long sizeBytes, string storedName, string wrappedKey, string uploadedBy, DateTime utcNow)
    {
        if (!Enum.IsDefined(category))
        {
            throw new DomainException("Attachments.Errors.Category");
        }

        if (sizeBytes <= 0)
        {
            throw new DomainException("Attachments.Errors.Empty");
        }

        var name = Guard.Text(Path.GetFileName(fileName?.Replace('\\', '/')), FileNameMaxLength, "Attachments.Errors.FileName");
        if (AttachmentContent.Claimed(name) != type)
        {
            throw new DomainException("Attachments.Errors.ExtensionMismatch");
        }

        return new CaseAttachment
        {
            CaseId = caseId,
            FileName = name,
            Category = category,
            Description = Guard.OptionalText(description, DescriptionMaxLength, "Attachments.Errors.Description"),
            Type = type,
            SizeBytes = sizeBytes,
            StoredName = storedName.Length == StoredNameLength ? storedName : throw new ArgumentException("A stored name is 32 hex digits.", nameof(storedName)),
            WrappedKey = wrappedKey,
            UploadedBy = uploadedBy,
            UploadedAtUtc = utcNow,
        };
    }
}
