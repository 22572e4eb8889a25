using TraffickingCare.Domain.Cases;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Data.Seeding;

/// <summary>
/// The profile and exploitation of the n-th synthetic case, in proportions like the Centre's reports:
/// mostly women and girls, many children, mostly Serbian citizens exploited within Serbia, sexual and
/// labour exploitation far ahead of the other forms, some cases with several forms. Every seventh
/// of the first cases takes the next value of each list in turn, so a run of a few hundred uses every code;
/// some fields stay unknown.
/// </summary>
internal sealed class SyntheticStatisticsPlan(SyntheticCodePool pool)
{
    public static readonly string[] Lists =
        ["Education", "MaritalStatus", "Vulnerability", "ExploitationType", "RecruitmentMethod", "MethodOfControl", "RelationshipToTrafficker"];

    private const int Stride = 7;

    // Its own sequence, so the referrals and cases stay exactly as they were generated before.
    private readonly Random random = new(2027);

    private int foreigners;

    public void Fill(CaseFile file, int index, DateTime openedAtUtc, string userId)
    {
        var openedOn = DateOnly.FromDateTime(CentreClock.ToLocal(openedAtUtc));
        var domestic = random.Next(100) < 88;
        var citizenship = domestic ? "RS" : pool.Cycle("Citizenship", foreigners++, random);

        var child = random.Next(100) < 40;
        var age = child ? random.Next(9, 18) : random.Next(18, 56);
        var profile = new PersonProfile(
            Cycle("Sex", index, () => Weighted(("Feminine", 80), ("Masculine", 18), ("NonSpecifiedUnknown", 2))),
            Unknown(8) ? null : age,
            citizenship,
            Unknown(15) ? null : Cycle("Education", index, () => child
                ? Weighted(("PrimaryEducation", 60), ("LowerSecondaryEducation", 25), ("NoFormalEducation", 15))
                : Weighted(("PrimaryEducation", 35), ("UpperSecondaryEducation", 35), ("LowerSecondaryEducation", 15), ("NoFormalEducation", 10), ("BachelorsOrEquivalentLevel", 5))),
            Unknown(15) ? null : Cycle("MaritalStatus", index, () => child ? "Single" : Weighted(("Single", 50), ("Cohabiting", 20), ("Married", 15), ("Divorced", 10), ("Separated", 5))),
            domestic && !Unknown(10) ? Cycle("Municipality", index, () => pool.Pick("Municipality", random)) : null);
        var languages = domestic ? Some(("srp", 95), ("rom", 15), ("hun", 4)) : [pool.Pick("Language", random)!];
        var vulnerabilities = Some(("Poverty", 40), ("RomaCommunity", 18), ("ChildWithoutParentalCare", child ? 20 : 0), ("Disability", 7), ("SubstanceUse", 7), ("MigrantOrAsylumSeeker", domestic ? 0 : 60), ("Other", 3));
        file.DescribePerson(profile, Plus(languages, "Language", index), Plus(vulnerabilities, "Vulnerability", index), null, userId, openedAtUtc);

        var transnational = !domestic || random.Next(100) < 12;
        var types = new List<string?>
        {
            Cycle("ExploitationType", index, () => Weighted(
                ("SexualExploitation", 48), ("ForcedLabour", 25), ("ForcedBegging", 8), ("ForcedCriminality", 6), ("ForcedMarriage", 5),
                ("Servitude", 3), ("Pornography", 3), ("ChildLabour", child ? 4 : 0), ("Other", 1))),
        };
        if (random.Next(100) < 12)
        {
            types.Add(Weighted(("ForcedLabour", 40), ("SexualExploitation", 30), ("ForcedCriminality", 15), ("ForcedBegging", 15)));
        }

        var countries = transnational ? new List<string> { Weighted(("DE", 25), ("AT", 15), ("MK", 10), ("ME", 10), ("BA", 10), ("HR", 10), ("TR", 10), ("RS", 10)) } : [];
        if (transnational && random.Next(3) == 0)
        {
            countries.Add("RS");
        }

        var from = Unknown(15) ? (DateOnly?)null : openedOn.AddDays(-random.Next(20, 900));
        var to = from is { } start && random.Next(4) > 0 ? Min(openedOn, start.AddDays(random.Next(7, 500))) : (DateOnly?)null;
        var exploitation = new ExploitationRecord(
            Unknown(5) ? null : transnational,
            transnational && random.Next(3) > 0 ? null : Cycle("Municipality", index, () => pool.Pick("Municipality", random)),
            from,
            to,
            Unknown(12) ? null : Cycle("RecruitmentMethod", index, () => Weighted(
                ("FalseJobOffer", 30), ("IntimatePartner", 25), ("ThroughFamilyOrFamilyEvents", 15), ("ThroughFriendsOrSocialEvents", 10),
                ("ThroughOnlineSocialNetworks", 10), ("ThroughAnOnlineAdvertisement", 5), ("Other", 5))),
            Unknown(12) ? null : Cycle("RelationshipToTrafficker", index, () => Weighted(("Acquainted", 55), ("Familial", 20), ("Unaquainted", 25))));
        var control = Some(("PsychologicalAbuse", 55), ("PhysicalThreats", 35), ("TakesEarnings", 35), ("PhysicalAbuse", 25), ("WithholdsDocuments", 20),
            ("FalsePromises", 20), ("DebtBondage", 12), ("RestrictsFinancialAccess", 10), ("ThreatensChildrenFamily", 8), ("SexualAbuse", 8), ("ExcessiveWorkingHours", 8));
        file.RecordExploitation(exploitation, types.OfType<string>().Distinct(), Plus(countries, "Citizenship", index, transnational), Plus(control, "MethodOfControl", index), null, openedOn, userId, openedAtUtc);
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private bool Unknown(int percent) => random.Next(100) < percent;

    // Every Stride-th of the first cases takes the next value of the list instead of a likely one: over a
    // few hundred cases every code appears, while a small demo set and a large run keep the proportions.
    private string? Cycle(string list, int index, Func<string?> otherwise) => IsCycled(index) ? pool.Cycle(list, index / Stride, random) : otherwise();

    private static bool IsCycled(int index) => index % Stride == 3 && index < Stride * 60;

    private List<string> Plus(List<string> codes, string list, int index, bool when = true)
    {
        if (when && IsCycled(index) && pool.Cycle(list, index / Stride, random) is { } code && !codes.Contains(code))
        {
            codes.Add(code);
        }

        return codes;
    }

    private List<string> Some(params (string Code, int Percent)[] chances) =>
        chances.Where(c => random.Next(100) < c.Percent).Select(c => c.Code).ToList();

    private string Weighted(params (string Code, int Weight)[] choices)
    {
        var roll = random.Next(choices.Sum(c => c.Weight));
        foreach (var (code, weight) in choices)
        {
            if (roll < weight)
            {
                return code;
            }

            roll -= weight;
        }

        return choices[^1].Code;
    }
}
