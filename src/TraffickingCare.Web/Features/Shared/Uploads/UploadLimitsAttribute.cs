using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Storage;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Shared.Uploads;

/// <summary>
/// The upload's request limits, from <c>Storage:MaxAttachmentBytes</c> (one number, not an attribute constant):
/// the body may hold the file and the form's few fields, each multipart section at most the file limit. It runs
/// before the antiforgery check (order 1000), which reads the form: an upload over the limit is refused here,
/// without reading it into the app, with the localized reason on the page the upload form is on (the action named
/// here, with the route value the upload's own route carries), not a 400 or a crash. Case attachments and training
/// materials share these limits.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class UploadLimitsAttribute(string controller, string action, string routeKey) : Attribute, IFilterFactory, IOrderedFilter
{
    /// <summary>Room for the multipart boundaries, a description, a category and the antiforgery token.</summary>
    public const long FormAllowance = 64 * 1024;

    public int Order => 900;

    public bool IsReusable => false;

    public IFilterMetadata CreateInstance(IServiceProvider services) => new Limits(
        (controller, action, routeKey),
        services.GetRequiredService<IOptions<StorageOptions>>().Value.MaxAttachmentBytes,
        services.GetRequiredService<ITempDataDictionaryFactory>(),
        services.GetRequiredService<IStringLocalizer<SharedResource>>());

    private sealed class Limits((string Controller, string Action, string RouteKey) back, long max, ITempDataDictionaryFactory tempData, IStringLocalizer<SharedResource> l) : IAsyncAuthorizationFilter
    {
        public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
        {
            var http = context.HttpContext;
            var bodyLimit = max + FormAllowance;

            // Twice the limit may arrive, so that an oversized upload is read to its end and discarded by the server
            // and the browser sees the answer; beyond that the connection is cut.
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
            // Filters that save TempData run after this one; a refusal here saves its own message.
            var flash = tempData.GetTempData(context.HttpContext);
            flash.FlashError(l["Attachments.Errors.TooLarge", FileSize.Format(max)]);
            flash.Save();
            context.Result = new RedirectToActionResult(back.Action, back.Controller, new RouteValueDictionary { [back.RouteKey] = context.RouteData.Values[back.RouteKey] });
        }
    }
}
