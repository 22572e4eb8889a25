using System.Globalization;
using TraffickingCare.Domain.Attachments;

namespace TraffickingCare.Web.Features.Activity.Trainings.Materials;

/// <summary>
/// Sizes as people read them, and the accepted types as a list: the attachments feature's wording, repeated here
/// because a feature may not use another (a candidate for <c>Features/Shared</c> when the lead merges).
/// </summary>
public static class MaterialSize
{
    public static string Accepted => string.Join(", ", AttachmentContent.Extensions.Where(e => e != ".jpeg").Select(e => e.TrimStart('.').ToUpperInvariant()));

    public static string Format(long bytes) => bytes switch
    {
        >= 1024 * 1024 => (bytes / (1024d * 1024)).ToString("0.#", CultureInfo.CurrentCulture) + " MB",
        >= 1024 => (bytes / 1024d).ToString("0", CultureInfo.CurrentCulture) + " KB",
        _ => bytes.ToString(CultureInfo.CurrentCulture) + " B",
    };
}
