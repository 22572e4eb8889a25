namespace TraffickingCare.Domain.Reports;

/// <summary>
/// What of a case a partner could match against other knowledge of a person (the quasi-identifiers): sex, age
/// band, citizenship(s) joined by ";", municipality, year and exploitation category. Empty text is unknown.
/// </summary>
public sealed record ExtractQuasiIdentifiers(string Sex, string AgeBand, string Citizenship, string Municipality, int Year, string Category)
{
    /// <summary>A value withheld by generalisation (the municipality, a foreign citizenship).</summary>
    public const string Withheld = "*";

    public const string DomesticCountry = "RS";

    /// <summary>The same person described at a generalisation level: each level keeps the ones before it.</summary>
    public ExtractQuasiIdentifiers At(ExtractGeneralisation level) => this with
    {
        Municipality = level >= ExtractGeneralisation.Municipality ? Withheld : Municipality,
        Citizenship = level >= ExtractGeneralisation.Citizenship ? DomesticOrForeign(Citizenship) : Citizenship,
        AgeBand = level >= ExtractGeneralisation.AgeBand ? WiderBand(AgeBand) : AgeBand,
    };

    /// <summary>STATISTICS.md's rule: domestic when RS is among the citizenships (dual citizens too), else foreign, else unknown.</summary>
    public static string DomesticOrForeign(string citizenships) =>
        citizenships.Length == 0 ? string.Empty
        : citizenships.Split(';').Contains(DomesticCountry, StringComparer.Ordinal) ? DomesticCountry
        : Withheld;

    /// <summary>Children, young adults, older adults: each wider band is a sum of the report's bands.</summary>
    public static string WiderBand(string band) => band switch
    {
        "0-8" or "9-17" => "0-17",
        "18-20" or "21-23" or "24-26" or "27-29" => "18-29",
        "30-38" or "39-47" or "48+" => "30+",
        _ => band,
    };
}
