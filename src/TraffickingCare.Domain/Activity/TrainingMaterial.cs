using TraffickingCare.Domain.Attachments;
using TraffickingCare.Domain.Common;

namespace TraffickingCare.Domain.Activity;

/// <summary>
/// A file handed out at or made for a training (the programme, slides, an attendance summary). Kept encrypted on
/// disk as a case's attachments are, with its own key; removing it only marks it deleted.
/// </summary>
public sealed class TrainingMaterial : Entity
{
    private TrainingMaterial()
    {
        FileName = string.Empty;
        StoredName = string.Empty;
        WrappedKey = string.Empty;
        UploadedBy = string.Empty;
    }

    public Guid TrainingId { get; private set; }

    public string FileName { get; private set; }

    public AttachmentType Type { get; private set; }

    public long SizeBytes { get; private set; }

    public string StoredName { get; private set; }

    public string WrappedKey { get; private set; }

    public string UploadedBy { get; private set; }

    public DateTime UploadedAtUtc { get; private set; }

    public static TrainingMaterial Upload(
        Guid trainingId, string fileName, AttachmentType type, long sizeBytes, string storedName, string wrappedKey, string uploadedBy, DateTime utcNow)
    {
        if (sizeBytes <= 0)
        {
            throw new DomainException("Attachments.Errors.Empty");
        }

        var name = Guard.Text(Path.GetFileName(fileName?.Replace('\\', '/')), CaseAttachment.FileNameMaxLength, "Attachments.Errors.FileName");
        if (AttachmentContent.Claimed(name) != type)
        {
            throw new DomainException("Attachments.Errors.ExtensionMismatch");
        }

        return new TrainingMaterial
        {
            TrainingId = trainingId,
            FileName = name,
            Type = type,
            SizeBytes = sizeBytes,
            StoredName = storedName.Length == CaseAttachment.StoredNameLength ? storedName : throw new ArgumentException("A stored name is 32 hex digits.", nameof(storedName)),
            WrappedKey = wrappedKey,
            UploadedBy = uploadedBy,
            UploadedAtUtc = utcNow,
        };
    }
}
