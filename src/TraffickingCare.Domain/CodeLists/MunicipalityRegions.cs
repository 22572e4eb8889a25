namespace TraffickingCare.Domain.CodeLists;

/// <summary>
/// The statistical region (a <c>Region</c> code) of each seeded <c>Municipality</c> code: reports count by region.
/// A municipality added later through the code-list administration has no region here and is counted as unknown.
/// </summary>
public static class MunicipalityRegions
{
    public const string Unknown = "Unknown";

    private static readonly Dictionary<string, string> Region = Build(new()
    {
        ["BEOGRAD"] = ["RS-BEOGRAD"],
        ["VOJVODINA"] =
        [
            "RS-NOVI-SAD", "RS-SUBOTICA", "RS-ZRENJANIN", "RS-PANCEVO", "RS-SOMBOR", "RS-KIKINDA", "RS-SREMSKA-MITROVICA",
            "RS-VRSAC", "RS-RUMA", "RS-INDJIJA", "RS-STARA-PAZOVA", "RS-BACKA-PALANKA", "RS-KANJIZA", "RS-SID",
        ],
        ["SUMADIJA-ZAPADNA-SRBIJA"] =
        [
            "RS-KRAGUJEVAC", "RS-CACAK", "RS-NOVI-PAZAR", "RS-KRALJEVO", "RS-VALJEVO", "RS-KRUSEVAC", "RS-SABAC", "RS-UZICE",
            "RS-JAGODINA", "RS-LOZNICA", "RS-ARANDJELOVAC", "RS-PARACIN", "RS-GORNJI-MILANOVAC", "RS-TUTIN", "RS-SJENICA",
        ],
        ["JUZNA-ISTOCNA-SRBIJA"] =
        [
            "RS-NIS", "RS-SMEDEREVO", "RS-LESKOVAC", "RS-VRANJE", "RS-POZAREVAC", "RS-PIROT", "RS-ZAJECAR", "RS-BOR",
            "RS-PROKUPLJE", "RS-NEGOTIN", "RS-PRESEVO", "RS-BUJANOVAC",
        ],
        ["KOSOVO-METOHIJA"] = ["RS-KOSOVSKA-MITROVICA"],
    });

    /// <summary>The region codes in the order reports show them.</summary>
    public static readonly IReadOnlyList<string> Regions =
        ["BEOGRAD", "VOJVODINA", "SUMADIJA-ZAPADNA-SRBIJA", "JUZNA-ISTOCNA-SRBIJA", "KOSOVO-METOHIJA"];

    public static string Of(string? municipalityCode) =>
        municipalityCode is not null && Region.TryGetValue(municipalityCode, out var region) ? region : Unknown;

    /// <summary>The municipalities of a region, for a query that filters by it in the database.</summary>
    public static IReadOnlyList<string> MunicipalitiesOf(string regionCode) =>
        Region.Where(r => r.Value == regionCode).Select(r => r.Key).ToList();

    private static Dictionary<string, string> Build(Dictionary<string, string[]> byRegion) =>
        byRegion.SelectMany(r => r.Value.Select(m => (Municipality: m, Region: r.Key)))
            .ToDictionary(x => x.Municipality, x => x.Region, StringComparer.Ordinal);
}
