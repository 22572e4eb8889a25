using AngleSharp.Html.Dom;
using TraffickingCare.Domain.Activity;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.IntegrationTests.Features.Activity.Events;

/// <summary>Awareness events straight in the database, for tests that start from one; and reading the event pages.</summary>
internal static class EventArrange
{
    public static Task<AwarenessEvent> EventAsync(
        this AppFactory factory, string title, DateOnly heldOn, AwarenessEventKind kind = AwarenessEventKind.Tribune, string? municipality = "RS-NIS", int peopleReached = 40, params Guid[] partners) =>
        factory.WithDbAsync(async db =>
        {
            var clock = new CentreClock(factory.Clock);
            var recorded = AwarenessEvent.Record(new(heldOn, kind, title, municipality, "učenici", peopleReached, partners), clock.Today, null, clock.UtcNow);
            db.AwarenessEvents.Add(recorded);
            await db.SaveChangesAsync();
            return recorded;
        });

    /// <summary>The message shown under a field of the page's form (empty when none).</summary>
    public static string ErrorOf(this IHtmlDocument page, string field) =>
        page.QuerySelector($"#{field.Replace('.', '_')}-error")?.TextContent.Trim() ?? string.Empty;

    /// <summary>The value a field of the page shows (input, textarea or select).</summary>
    public static string? ValueOf(this IHtmlDocument page, string field) => page.QuerySelector($"[name='{field}']") switch
    {
        IHtmlInputElement input => input.Value,
        IHtmlTextAreaElement area => area.Value,
        IHtmlSelectElement select => select.Value,
        _ => null,
    };

    /// <summary>The values a checkbox group of the page has checked.</summary>
    public static IReadOnlyList<string> CheckedOf(this IHtmlDocument page, string field) =>
        [.. page.QuerySelectorAll($"input[type=checkbox][name='{field}']").OfType<IHtmlInputElement>().Where(b => b.IsChecked).Select(b => b.Value)];

    /// <summary>Ticks (or unticks) a checkbox of the page, as a user would before submitting its form.</summary>
    public static void Check(this IHtmlDocument page, string field, string value, bool on = true) =>
        ((IHtmlInputElement)(page.QuerySelector($"input[type=checkbox][name='{field}'][value='{value}']")
            ?? throw new InvalidOperationException($"No checkbox {field}={value} on the page."))).IsChecked = on;
}
