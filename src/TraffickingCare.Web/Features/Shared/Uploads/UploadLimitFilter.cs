using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Shared.Uploads;

/// <summary>
/// An upload's request limits, made by an upload's limit attribute (<see cref="UploadLimitsAttribute"/> for case
/// attachments and training materials; the import has its own larger limit): the body may hold the file and the form's
/// few fields, each multipart section at most the file limit. It runs before the antiforgery check (order 1000), which
/// reads the form: an upload over the limit is refused here, without reading it into the app, with the localized reason
/// (<paramref name="tooLargeKey"/>, given the limit) on the page the upload form is on, not a 400 or a crash.
/// </summary>
/// <param name="back">The page the upload form is on; its route key, if any, is taken from the upload's own route.</param>
public sealed class UploadLimitFilter(
    (string Controller, string Action, string? RouteKey) back, long max, string tooLargeKey, ITempDataDictionaryFactory tempData, IStringLocalizer<SharedResource> l)
    : IAsyncAuthorizationFilter
{
    /// <summary>Room for the multipart boundaries, a description, a category and the antiforgery token.</summary>
    public const long FormAllowance = 64 * 1024;

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
        flash.FlashError(l[tooLargeKey, FileSize.Format(max, l)]);
        flash.Save();
        var route = back.RouteKey is { } key ? new RouteValueDictionary { [key] = context.RouteData.Values[key] } : null;
        context.Result = new RedirectToActionResult(back.Action, back.Controller, route);
    }
}
