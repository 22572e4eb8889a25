using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using TraffickingCare.Web.Features.Shared.Uploads;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Reports.Import;

/// <summary>
/// The import's own request limits (<c>Reports:ImportMaxMegabytes</c>, far above an attachment's): the shared
/// <see cref="UploadLimitsAttribute"/> reads the attachments' limit. Like it, it runs before the antiforgery check, and
/// an upload over the limit is refused without being read into the app, with the localized reason on the import page.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ImportUploadLimitsAttribute : Attribute, IFilterFactory, IOrderedFilter
{
    public int Order => 900;

    public bool IsReusable => false;

    public IFilterMetadata CreateInstance(IServiceProvider services) => new Limits(
        services.GetRequiredService<IOptions<ReportImportOptions>>().Value.MaxBytes,
        services.GetRequiredService<ITempDataDictionaryFactory>(),
        services.GetRequiredService<IStringLocalizer<SharedResource>>());

    private sealed class Limits(long max, ITempDataDictionaryFactory tempData, IStringLocalizer<SharedResource> l) : IAsyncAuthorizationFilter
    {
        public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
        {
            var http = context.HttpContext;
            var bodyLimit = max + UploadLimitsAttribute.FormAllowance;
            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            {
                size.MaxRequestBodySize = bodyLimit * 2;
            }

            if (http.Request.ContentLength > bodyLimit)
            {
                Refuse(context);
                return;
            }

            if (!http.Request.HasFormContentType)
            {
                return;
            }

            http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = max }));
            try
            {
                await http.Request.ReadFormAsync(http.RequestAborted);
            }
            catch (InvalidDataException)
            {
                Refuse(context);
            }
            catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                Refuse(context);
            }
        }

        private void Refuse(AuthorizationFilterContext context)
        {
            var flash = tempData.GetTempData(context.HttpContext);
            flash.FlashError(l["Import.Errors.TooLarge", FileSize.Format(max)]);
            flash.Save();
            context.Result = new RedirectToActionResult(nameof(ReportImportController.Index), "ReportImport", null);
        }
    }
}
