using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using TraffickingCare.Web.Features.Shared.Uploads;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Reports.Import;

/// <summary>
/// The import's own request limits (<c>Reports:ImportMaxMegabytes</c>, far above an attachment's), applied by the shared
/// <see cref="UploadLimitFilter"/>: an upload over the limit is refused before it is read, with the reason on the import page.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ImportUploadLimitsAttribute : Attribute, IFilterFactory, IOrderedFilter
{
    public int Order => 900;

    public bool IsReusable => false;

    public IFilterMetadata CreateInstance(IServiceProvider services) => new UploadLimitFilter(
        ("ReportImport", nameof(ReportImportController.Index), null),
        services.GetRequiredService<IOptions<ReportImportOptions>>().Value.MaxBytes,
        "Import.Errors.TooLarge",
        services.GetRequiredService<ITempDataDictionaryFactory>(),
        services.GetRequiredService<IStringLocalizer<SharedResource>>());
}
