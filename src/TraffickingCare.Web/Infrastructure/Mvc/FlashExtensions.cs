using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace TraffickingCare.Web.Infrastructure.Mvc;

/// <summary>One-shot messages shown at the top of the next page (Post/Redirect/Get).</summary>
public static class FlashExtensions
{
    public const string SuccessKey = "Flash.Success";
    public const string ErrorKey = "Flash.Error";

    public static void Flash(this ITempDataDictionary tempData, string message) => tempData[SuccessKey] = message;

    public static void FlashError(this ITempDataDictionary tempData, string message) => tempData[ErrorKey] = message;
}
