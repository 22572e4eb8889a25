using System.Globalization;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Attachments;

namespace TraffickingCare.Web.Features.Shared.Uploads;

/// <summary>Sizes as people read them (the number in the page's culture, the unit in its language), and the accepted types as a list, for every upload.</summary>
public static class FileSize
{
    public static string Accepted => string.Join(", ", AttachmentContent.Extensions.Where(e => e != ".jpeg").Select(e => e.TrimStart('.').ToUpperInvariant()));

    public static string Format(long bytes, IStringLocalizer l)
    {
        var (key, number) = Parts(bytes);
        return l[key, number];
    }

    /// <summary>The unit's resource key and the number in the current culture: what <see cref="Format"/> puts together.</summary>
    public static (string Key, string Number) Parts(long bytes) => bytes switch
    {
        >= 1024 * 1024 => ("Common.Size.Megabytes", (bytes / (1024d * 1024)).ToString("0.#", CultureInfo.CurrentCulture)),
        >= 1024 => ("Common.Size.Kilobytes", (bytes / 1024d).ToString("0", CultureInfo.CurrentCulture)),
        _ => ("Common.Size.Bytes", bytes.ToString(CultureInfo.CurrentCulture)),
    };
}
