using AngleSharp.Html.Dom;
using TraffickingCare.IntegrationTests.Infrastructure;

namespace TraffickingCare.IntegrationTests.Features.Activity.Trainings;

/// <summary>The training form as a coordinator fills it: last week's training for 35 social workers and police officers in Kraljevo.</summary>
internal static class TrainingForms
{
    public const string Selector = "#training-form";

    /// <summary>The name of a sector's count field, found by the sector's hidden code on the page.</summary>
    public static string SectorField(IHtmlDocument page, string code)
    {
        var hidden = page.QuerySelectorAll("input[type=hidden]").FirstOrDefault(i => i.GetAttribute("name")!.EndsWith(".Code", StringComparison.Ordinal) && i.GetAttribute("value") == code)
            ?? throw new InvalidOperationException($"The form has no row for the sector {code}.");
        return hidden.GetAttribute("name")![..^".Code".Length] + ".Count";
    }

    public static Dictionary<string, string> Kraljevo(IHtmlDocument page, DateOnly heldOn, string topic, string staffTrainerId, Dictionary<string, string>? overrides = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Form.HeldOn"] = heldOn.ToString("dd.MM.yyyy.", System.Globalization.CultureInfo.InvariantCulture),
            ["Form.Hours"] = "16",
            ["Form.Topic"] = topic,
            ["Form.Accredited"] = "true",
            ["Form.AccreditationNumber"] = "AKR-153/2026",
            ["Form.MunicipalityCode"] = "RS-KRALJEVO",
            ["Form.Organiser"] = "Centar za zaštitu žrtava trgovine ljudima",
            ["Form.StaffTrainerIds"] = staffTrainerId,
            ["Form.ExternalTrainers[0].Name"] = "Milena Zamislić",
            ["Form.ExternalTrainers[0].Institution"] = "Pravosudna akademija",
            [SectorField(page, "SocialProtection")] = "20",
            [SectorField(page, "Police")] = "15",
            ["Form.Women"] = "22",
            ["Form.Men"] = "13",
            ["Form.SexNotStated"] = "0",
        };
        foreach (var (name, value) in overrides ?? [])
        {
            fields[name] = value;
        }

        return fields;
    }

    public static string Error(IHtmlDocument page, string field) =>
        page.QuerySelector($"span[data-valmsg-for='{field}']")?.TextContent.Trim() ?? throw new InvalidOperationException($"No message span for {field}.");

    public static string Value(IHtmlDocument page, string name) =>
        (page.QuerySelector($"[name='{name}']") as IHtmlInputElement)?.Value ?? throw new InvalidOperationException($"No input {name}.");

    public static Task<string> KoordinatorIdAsync(AppFactory factory) => factory.Arrange.UserIdAsync("koordinator");
}
