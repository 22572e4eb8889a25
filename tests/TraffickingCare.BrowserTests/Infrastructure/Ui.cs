using System.Globalization;
using System.Resources;
using TraffickingCare.Web.Infrastructure.Localization;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.BrowserTests.Infrastructure;

/// <summary>UI text in the default language (Serbian Latin), read from the app's own resources, so a reworded label does not break a test.</summary>
public static class Ui
{
    /// <summary>Serbian Latin as the app sets it up: dates dd.MM.yyyy. (the platform's own short date drops the leading zeros).</summary>
    public static readonly CultureInfo Serbian = Cultures.Create(Cultures.Latin);

    private static readonly ResourceManager Resources = new("TraffickingCare.Web.Resources.SharedResource", typeof(SharedResource).Assembly);

    public static string Text(string key, params object[] args)
    {
        var text = Resources.GetString(key, Serbian) ?? throw new InvalidOperationException($"No resource '{key}'.");
        return args.Length == 0 ? text : string.Format(Serbian, text, args);
    }
}
