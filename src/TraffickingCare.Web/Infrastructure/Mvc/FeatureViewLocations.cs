using Microsoft.AspNetCore.Mvc.Razor;

namespace TraffickingCare.Web.Infrastructure.Mvc;

/// <summary>Views live beside their controller: Features/{Controller}/{Action}.cshtml.</summary>
public static class FeatureViewLocations
{
    public static void Configure(RazorViewEngineOptions options)
    {
        options.ViewLocationFormats.Clear();
        options.ViewLocationFormats.Add("/Features/{1}/{0}.cshtml");
        options.ViewLocationFormats.Add("/Features/Shared/{0}.cshtml");
        options.AreaViewLocationFormats.Clear();
        options.AreaViewLocationFormats.Add("/Features/{2}/{1}/{0}.cshtml");
        options.AreaViewLocationFormats.Add("/Features/Shared/{0}.cshtml");
    }
}
