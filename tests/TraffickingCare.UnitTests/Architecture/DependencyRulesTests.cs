using NetArchTest.Rules;
using TraffickingCare.Web.Features;

namespace TraffickingCare.UnitTests.Architecture;

/// <summary>
/// The layering docs/architecture.md describes, checked on the compiled code (every reference in every
/// method body counts, not only using directives): a feature folder uses the shared kernel and nothing
/// of another feature; the domain references nothing of ours; the data, reporting and identity layers
/// never reach up into the features.
/// </summary>
public sealed class DependencyRulesTests
{
    private const string Features = "TraffickingCare.Web.Features";
    private const string SharedKernel = Features + ".Shared";

    private static readonly System.Reflection.Assembly Web = typeof(FeatureSetup).Assembly;

    public static TheoryData<string> FeatureFolders()
    {
        var data = new TheoryData<string>();
        foreach (var feature in FeatureNamespaces().Where(n => n != SharedKernel))
        {
            data.Add(feature);
        }

        return data;
    }

    [Fact]
    public void Every_feature_folder_is_checked()
    {
        // The theory below reads the folders from the compiled code; this guards against it checking nothing.
        Assert.Contains(Features + ".Cases", FeatureNamespaces());
        Assert.Contains(Features + ".Referrals", FeatureNamespaces());
        Assert.True(FeatureNamespaces().Count >= 10);
    }

    [Theory]
    [MemberData(nameof(FeatureFolders))]
    public void A_feature_uses_only_itself_and_the_shared_kernel(string feature)
    {
        var others = FeatureNamespaces().Where(n => n != feature && n != SharedKernel).ToArray();
        AssertNoDependency(Types.InAssembly(Web).That().ResideInNamespace(feature), others);
    }

    [Fact]
    public void The_shared_kernel_uses_no_feature()
    {
        var features = FeatureNamespaces().Where(n => n != SharedKernel).ToArray();
        AssertNoDependency(Types.InAssembly(Web).That().ResideInNamespace(SharedKernel), features);
    }

    [Theory]
    [InlineData("TraffickingCare.Web.Data")]
    [InlineData("TraffickingCare.Web.Reporting")]
    [InlineData("TraffickingCare.Web.Identity")]
    public void A_lower_layer_never_uses_the_features(string layer) =>
        AssertNoDependency(Types.InAssembly(Web).That().ResideInNamespace(layer), [Features]);

    [Fact]
    public void The_domain_references_nothing_of_ours_and_no_framework()
    {
        var domain = typeof(TraffickingCare.Domain.Common.DomainException).Assembly;
        var references = domain.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.All(references, name => Assert.True(name is "System.Runtime" or "System.Collections" or "System.Linq" || name.StartsWith("System.", StringComparison.Ordinal), name));
        Assert.DoesNotContain(references, name => name.StartsWith("TraffickingCare", StringComparison.Ordinal) || name.StartsWith("Microsoft.", StringComparison.Ordinal));
    }

    private static void AssertNoDependency(PredicateList types, string[] forbidden)
    {
        var result = types.ShouldNot().HaveDependencyOnAny(forbidden).GetResult();
        var failing = (result.FailingTypes ?? []).Select(t => $"{t.FullName}: {t.Explanation}");
        Assert.True(result.IsSuccessful, "Forbidden dependencies:\n" + string.Join("\n", failing));
    }

    /// <summary>The top-level namespaces under Features: one per feature folder, plus the shared kernel.</summary>
    private static List<string> FeatureNamespaces() =>
        Web.GetTypes()
            .Select(t => t.Namespace)
            .Where(n => n is not null && n.StartsWith(Features + ".", StringComparison.Ordinal))
            .Select(n => Features + "." + n![(Features.Length + 1)..].Split('.')[0])
            .Distinct()
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToList();
}
