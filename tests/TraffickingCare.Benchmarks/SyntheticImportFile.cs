using System.Globalization;
using System.Text;

namespace TraffickingCare.Benchmarks;

/// <summary>
/// A historical case file in the import's format (IMPORT-FORMAT.md) with invented people only: names put together
/// from made-up syllables, valid codes of the product's code lists, dates that pass the import's checks. The same
/// seed gives the same file, so runs can be compared.
/// </summary>
internal static class SyntheticImportFile
{
    private static readonly string[] Columns =
    [
        "x_CaseId", "prs_FirstName", "prs_SecondName", "prs_Birthdate", "prs_Gender", "prs_Citizenship", "vic_TraffickingStatus",
        "vic_TraffickingStatusDecisionMakingOrg", "vic_AgeWhenTrafficked", "vic_TypeOfExploitation", "vic_TypeOfSexExploitation",
        "vic_ForcedLabourIndustry", "vic_MethodOfRecruitment", "vic_MethodsOfControl", "hte_Date", "hte_Country", "cas_Status",
        "cas_ReferringOrganisation", "cas_IncomingReferralDate", "spl_Type", "con_Consent", "x_ReferrerSector", "x_IdentificationDecision",
        "x_IdentificationDecisionDate", "x_TraffickingScope",
    ];

    private static readonly string[] FirstParts = ["Zami", "Izmi", "Pri", "Lo", "Ve", "Dra", "Mi", "Sne", "Ja", "Bo"];
    private static readonly string[] FirstEnds = ["slica", "šljena", "mera", "rana", "ljka", "žana", "ćo", "dan"];
    private static readonly string[] LastParts = ["Izmišljen", "Primer", "Zamiš", "Nepostoj", "Probn", "Uzor"];
    private static readonly string[] LastEnds = ["ović", "ević", "ić", "ski", "ac"];
    private static readonly string[] Sexes = ["Feminine", "Feminine", "Feminine", "Masculine", "Masculine", "NonSpecifiedUnknown"];
    private static readonly string[] Countries = ["RS", "RS", "RS", "RS", "BA", "ME", "MK", "AL", "HR", "DE", "AT", "RO", "BG"];
    private static readonly string[] Exploitation = ["SexualExploitation", "SexualExploitation", "ForcedLabour", "ForcedLabour", "ForcedBegging", "ForcedCriminality", "ForcedMarriage", "Servitude", "Other"];
    private static readonly string[] Recruitment = ["FalseJobOffer", "IntimatePartner", "ThroughFamilyOrFamilyEvents", "ThroughFriendsOrSocialEvents", "ThroughOnlineSocialNetworks", "Other"];
    private static readonly string[] Control = ["PhysicalThreats", "DebtBondage", "FalsePromises", "PhysicalAbuse", "TakesEarnings", "WithholdsDocuments", "PsychologicalAbuse"];
    private static readonly string[] Support = ["Advisory", "Psychological", "Legal", "Health", "Accommodation", "Financial", "Education", "Interpretation", "FieldVisit", "Escort"];
    private static readonly string[] Sectors = ["Police", "Police", "Police", "SocialWorkCentre", "SocialWorkCentre", "Health", "Prosecution", "NGO", "InternationalOrganisation", "SelfReferral", "Citizen"];
    private static readonly string[] Statuses = ["Active", "FollowUp", "Closed", "Closed", "ClosedReferred"];
    private static readonly string[] Organisations = ["Policijska uprava Primer", "Centar za socijalni rad Uzorak", "Udruženje Izmišljeno", "Тужилаштво Пример", ""];

    /// <summary>Writes <paramref name="rows"/> cases received between 1 January of <paramref name="firstYear"/> and 30 September 2026.</summary>
    public static void Write(string path, int rows, int firstYear, int seed = 14)
    {
        var random = new Random(seed);
        var first = new DateOnly(firstYear, 1, 1);
        var days = new DateOnly(2026, 9, 30).DayNumber - first.DayNumber;
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.Write(string.Join(',', Columns) + "\r\n");
        var cells = new string[Columns.Length];
        for (var i = 1; i <= rows; i++)
        {
            var received = first.AddDays(random.Next(days + 1));
            var age = random.Next(100) < 30 ? random.Next(6, 18) : random.Next(18, 60);
            var (decision, status) = random.Next(100) switch
            {
                < 45 => ("Identified", "ActualVictimOfTrafficking"),
                < 65 => ("NotIdentified", "NotAVictimOfTrafficking"),
                < 70 => ("Rejected", "NotAVictimOfTrafficking"),
                < 75 => ("Suspended", "PossibleVictimOfTrafficking"),
                _ => ("", "PossibleVictimOfTrafficking"),
            };
            var exploitation = Pick(random, Exploitation, 1, 2);
            var country = Countries[random.Next(Countries.Length)];
            cells[0] = $"BEN-{i:D6}";
            cells[1] = random.Next(100) < 3 ? "" : FirstParts[random.Next(FirstParts.Length)] + FirstEnds[random.Next(FirstEnds.Length)];
            cells[2] = LastParts[random.Next(LastParts.Length)] + LastEnds[random.Next(LastEnds.Length)];
            cells[3] = random.Next(100) < 10 ? "" : Iso(received.AddYears(-age).AddDays(-random.Next(365)));
            cells[4] = Sexes[random.Next(Sexes.Length)];
            cells[5] = random.Next(100) < 5 ? "RS; BA" : Countries[random.Next(Countries.Length)];
            cells[6] = status;
            cells[7] = random.Next(100) < 70 ? "Police" : "NGO";
            cells[8] = cells[3].Length == 0 ? age.ToString(CultureInfo.InvariantCulture) : "";
            cells[9] = exploitation;
            cells[10] = exploitation.Contains("SexualExploitation", StringComparison.Ordinal) ? "Prostitution" : "";
            cells[11] = exploitation.Contains("ForcedLabour", StringComparison.Ordinal) ? "F_Construction" : "";
            cells[12] = Pick(random, Recruitment, 0, 2);
            cells[13] = Pick(random, Control, 0, 3);
            cells[14] = Iso(received.AddDays(-random.Next(30, 700)));
            cells[15] = country;
            cells[16] = Statuses[random.Next(Statuses.Length)];
            cells[17] = Organisations[random.Next(Organisations.Length)];
            cells[18] = Iso(received);
            cells[19] = Pick(random, Support, 0, 4);
            cells[20] = random.Next(100) < 90 ? "TRUE" : "FALSE";
            cells[21] = Sectors[random.Next(Sectors.Length)];
            cells[22] = decision;
            cells[23] = decision.Length == 0 ? "" : Iso(received.AddDays(random.Next(0, 60)));
            cells[24] = country == "RS" ? "Internal" : "Transnational";
            writer.Write(string.Join(',', cells.Select(Quote)) + "\r\n");
        }
    }

    private static string Pick(Random random, string[] values, int min, int max) =>
        string.Join("; ", values.OrderBy(_ => random.Next()).Take(random.Next(min, max + 1)));

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Quote(string cell) => cell.Contains(',', StringComparison.Ordinal) ? $"\"{cell}\"" : cell;
}
