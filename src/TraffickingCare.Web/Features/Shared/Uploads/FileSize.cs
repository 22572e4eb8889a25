using System.Globalization;
using TraffickingCare.Domain.Attachments;

namespace TraffickingCare.Web.Features.Shared.Uploads;

/// <summary>Sizes as people read them (in the page's culture), and the accepted types as a list, for every upload.</summary>
public static class FileSize
{
    public static string Accepted => string.Join(", ", AttachmentContent.Extensions.Where(e => e != ".jpeg").Select(e => e.TrimStart('.').ToUpperInvariant()));

    public static string Format(long bytes) => bytes switch
    {
        >= 1024 * 1024 => (bytes / (1024d * 1024)).ToString("0.#", CultureInfo.CurrentCulture) + " MB",
        >= 1024 => (bytes / 1024d).ToString("0", CultureInfo.CurrentCulture) + " KB",
        _ => bytes.ToString(CultureInfo.CurrentCulture) + " B",
    };
}
