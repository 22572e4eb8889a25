namespace TraffickingCare.Web.Infrastructure.Storage;

/// <summary>Where attachments are kept and how large one may be (section <c>Storage</c>).</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    public const string AttachmentsPathKey = Section + ":" + nameof(AttachmentsPath);

    /// <summary>Used in Development when nothing is configured: beside the SQLite file, under the content root. Outside <c>wwwroot</c>, so never served as a static file.</summary>
    public const string DevelopmentAttachmentsPath = "data/attachments";

    /// <summary>The folder of the encrypted files; relative paths are under the content root. Production must name one (<see cref="Startup.ProductionGuard"/>).</summary>
    public string AttachmentsPath { get; set; } = string.Empty;

    /// <summary>The largest file accepted, in bytes: 20 MB by default.</summary>
    public long MaxAttachmentBytes { get; set; } = 20 * 1024 * 1024;
}
