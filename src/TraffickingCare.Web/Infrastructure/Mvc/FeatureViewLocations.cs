using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Razor;

namespace TraffickingCare.Web.Infrastructure.Mvc;

/// <summary>
/// Views live beside their controller, in the folder its namespace names: the controller of
/// <c>Features.Cases.Notes</c> finds <c>Features/Cases/Notes/{view}.cshtml</c>, then the parent feature's
/// <c>Features/Cases/{view}.cshtml</c> (so a sub-workflow shows its refused form on the case page without a
/// hard-coded path), then <c>Features/Shared</c>.
/// </summary>
public sealed class FeatureViewLocations : IViewLocationExpander
{
    private const string FolderKey = "feature-folder";
    private const string FeaturesNamespace = "TraffickingCare.Web.Features";

    public static void Configure(RazorViewEngineOptions options)
    {
        options.ViewLocationFormats.Clear();
        options.ViewLocationFormats.Add("/Features/Shared/{0}.cshtml");
        options.AreaViewLocationFormats.Clear();
        options.AreaViewLocationFormats.Add("/Features/Shared/{0}.cshtml"); // no areas; Razor requires one location
        options.ViewLocationExpanders.Add(new FeatureViewLocations());
    }

    public void PopulateValues(ViewLocationExpanderContext context)
    {
        if (context.ActionContext.ActionDescriptor is ControllerActionDescriptor action && FolderOf(action.ControllerTypeInfo.Namespace) is { } folder)
        {
            context.Values[FolderKey] = folder;
        }
    }

    /// <summary>
    /// The path of a view that lives beside <paramref name="type"/> (in the folder its namespace names), for a
    /// view rendered from another feature's page, such as a home page panel: the one place such a path is made.
    /// </summary>
    public static string PathBeside(Type type, string viewName) =>
        FolderOf(type.Namespace) is { } folder
            ? $"/Features/{folder}/{viewName}.cshtml"
            : throw new ArgumentException($"{type.Name} is not in a feature folder.", nameof(type));

    private static string? FolderOf(string? ns) =>
        ns is not null && ns.StartsWith(FeaturesNamespace + ".", StringComparison.Ordinal) ? ns[(FeaturesNamespace.Length + 1)..].Replace('.', '/') : null;

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations)
    {
        if (!context.Values.TryGetValue(FolderKey, out var folder) || folder is null)
        {
            return viewLocations;
        }

        var own = new List<string>();
        for (var path = folder; path.Length > 0; path = path.Contains('/') ? path[..path.LastIndexOf('/')] : string.Empty)
        {
            own.Add($"/Features/{path}/{{0}}.cshtml");
        }

        return own.Concat(viewLocations);
    }
}
