using TraffickingCare.Domain.Attachments;

namespace TraffickingCare.Web.Features.Activity.Trainings.Materials;

/// <summary>One material in a training's list.</summary>
public sealed record MaterialRow(Guid Id, string FileName, AttachmentType Type, long SizeBytes, string UploadedBy, DateTime UploadedAtUtc);
