using TraffickingCare.Domain.Attachments;

namespace TraffickingCare.Web.Features.Attachments;

/// <summary>One attachment in the list. <see cref="FileName"/> and <see cref="Description"/> are null while the story is hidden (management without a reason).</summary>
public sealed record AttachmentRow(
    Guid Id, string? FileName, string? Description, AttachmentCategory Category, AttachmentType Type, long SizeBytes, string UploadedBy, DateTime UploadedAtUtc);
