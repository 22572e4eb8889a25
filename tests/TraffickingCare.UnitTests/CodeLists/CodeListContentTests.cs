using System.Text.RegularExpressions;
using TraffickingCare.Domain.CodeLists;
using TraffickingCare.Web.Data.Seeding;

namespace TraffickingCare.UnitTests.CodeLists;

/// <summary>The shipped code-lists.json: every list the domain needs, in three languages, with stable, safe codes.</summary>
public sealed partial class CodeListContentTests
{
    private static readonly Dictionary<string, List<CodeListSeeder.SeedValue>> Lists = CodeListSeeder.Load();

    // Latin letters a Cyrillic label may still carry (international abbreviations written in Latin
    // script by convention). Empty today: every shipped label is fully transliterated.
    private static readonly HashSet<string> LatinAllowedInCyrillic = [];

    public static TheoryData<string> ExpectedLists =>
    [
        "Sex", "ReferralChannel", "ReferrerSector", "ReferralOutcome", "ExploitationType", "RecruitmentMethod",
        "MethodOfControl", "RelationshipToTrafficker", "Education", "MaritalStatus", "Vulnerability", "Citizenship",
        "Language", "Municipality", "Region", "SupportType", "ClosureReason", "ExitDestination",
        "IdentificationDecision", "ProceedingsStage", "NetworkSector", "TrainingSector", "NetworkRole",
    ];

    [Theory]
    [MemberData(nameof(ExpectedLists))]
    public void Every_list_the_domain_needs_is_shipped_with_values(string list)
    {
        Assert.True(Lists.TryGetValue(list, out var values), $"{list} is missing from code-lists.json");
        Assert.NotEmpty(values);
    }

    [Fact]
    public void Every_value_has_a_label_in_all_three_languages_that_fits_the_column()
    {
        foreach (var (list, value) in AllValues())
        {
            foreach (var label in new[] { value.Sr, value.Cyr, value.En })
            {
                Assert.False(string.IsNullOrWhiteSpace(label), $"{list}/{value.Code} lacks a label");
                Assert.True(label.Length <= CodeListItem.LabelMaxLength, $"{list}/{value.Code}: label too long");
                Assert.Equal(label.Trim(), label);
            }
        }
    }

    [Fact]
    public void Codes_are_unique_within_their_list_and_use_only_safe_characters()
    {
        foreach (var (list, values) in Lists)
        {
            var duplicates = values.GroupBy(v => v.Code, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key);
            Assert.True(!duplicates.Any(), $"{list} repeats codes: {string.Join(", ", duplicates)}");
            foreach (var value in values)
            {
                Assert.Matches(SafeCode(), value.Code ?? string.Empty);
                Assert.True(value.Code!.Length <= CodeListItem.CodeMaxLength, $"{list}/{value.Code}: code too long");
            }
        }
    }

    [Fact]
    public void Cyrillic_labels_contain_no_Latin_letters_and_Latin_labels_no_Cyrillic()
    {
        foreach (var (list, value) in AllValues())
        {
            var latinInCyrillic = LatinWord().Matches(value.Cyr).Select(m => m.Value).Where(w => !LatinAllowedInCyrillic.Contains(w));
            Assert.True(!latinInCyrillic.Any(), $"{list}/{value.Code}: Latin letters in the Cyrillic label '{value.Cyr}'");
            Assert.False(CyrillicLetter().IsMatch(value.Sr), $"{list}/{value.Code}: Cyrillic letters in the Latin label '{value.Sr}'");
        }
    }

    // HTCDS value names are the codes so that import and export map one to one; a "corrected"
    // spelling (Unacquainted) would silently break that mapping.
    [Theory]
    [InlineData("Sex", "Feminine Masculine NonSpecifiedUnknown")]
    [InlineData("ExploitationType", "ForcedLabour SexualExploitation ChildLabour ForcedMarriage Servitude ForcedMilitaryByNonStateActors OrganRemoval ForcedBegging ForcedAdoption Surrogacy Other")]
    [InlineData("RecruitmentMethod", "AtAPlaceOfBusiness AtAnEducationalInstitution AtWork ThroughOnlineSocialNetworks ThroughAnOnlineAdvertisement ThroughATelevisionAdvert ThroughANewspaperAdvert ThroughFamilyOrFamilyEvents ThroughFriendsOrSocialEvents Other")]
    [InlineData("MethodOfControl", "PhysicalThreats ThreatsLawEnforcement ThreatensChildrenFamily DebtBondage FalsePromises PhysicalAbuse SexualAbuse TakesEarnings RestrictsFinancialAccess RestrictsMedicalCare WithholdsNecessities PsychologicalAbuse PsychoactiveSubstance ExcessiveWorkingHours WithholdsDocuments Other")]
    [InlineData("RelationshipToTrafficker", "Familial Acquainted Unaquainted")]
    [InlineData("Education", "EarlyChildhoodEducation PrimaryEducation LowerSecondaryEducation UpperSecondaryEducation PostSecondaryNonTertiaryEducation ShortCycleTertiaryEducation BachelorsOrEquivalentLevel MastersOrEquivalentLevel DoctoralOrEquivalentLevel")]
    [InlineData("MaritalStatus", "Single Married Widowed Divorced Separated RegisteredPartnership")]
    public void HTCDS_value_names_are_kept_verbatim_as_codes(string list, string htcdsValues)
    {
        var codes = Lists[list].Select(v => v.Code).ToHashSet(StringComparer.Ordinal);
        Assert.All(htcdsValues.Split(' '), value => Assert.Contains(value, codes));
    }

    [Fact]
    public void Citizenship_uses_ISO_3166_alpha_2_codes_and_languages_ISO_639_2_codes()
    {
        Assert.All(Lists["Citizenship"], v => Assert.Matches("^[A-Z]{2}$", v.Code));
        Assert.Contains(Lists["Citizenship"], v => v.Code == "RS");
        Assert.Contains(Lists["Citizenship"], v => v.Code == "XX");
        Assert.All(Lists["Language"], v => Assert.Matches("^[a-z]{3}$", v.Code));
    }

    private static IEnumerable<(string List, CodeListSeeder.SeedValue Value)> AllValues() =>
        Lists.SelectMany(l => l.Value.Select(v => (l.Key, v)));

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex SafeCode();

    [GeneratedRegex("[A-Za-z]+")]
    private static partial Regex LatinWord();

    [GeneratedRegex(@"\p{IsCyrillic}")]
    private static partial Regex CyrillicLetter();
}
