using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using TraffickingCare.Web.Infrastructure.Storage;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Shared.Uploads;

/// <summary>
/// The request limits of case attachments and training materials, from <c>Storage:MaxAttachmentBytes</c> (one
/// number, not an attribute constant), applied by <see cref="UploadLimitFilter"/>; a refusal goes back to the action
/// named here, with the route value the upload's own route carries.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class UploadLimitsAttribute(string controller, string action, string routeKey) : Attribute, IFilterFactory, IOrderedFilter
{
    public int Order => 900;

    public bool IsReusable => false;

    public IFilterMetadata CreateInstance(IServiceProvider services) => new UploadLimitFilter(
        (controller, action, routeKey),
        services.GetRequiredService<IOptions<StorageOptions>>().Value.MaxAttachmentBytes,
        "Attachments.Errors.TooLarge",
        services.GetRequiredService<ITempDataDictionaryFactory>(),
        services.GetRequiredService<IStringLocalizer<SharedResource>>());
}
