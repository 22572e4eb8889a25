using Microsoft.Extensions.Localization;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.UnitTests.Support;

/// <summary>Answers each resource key with the key itself, so a test can tell which message a rule chose.</summary>
public sealed class KeyLocalizer : IStringLocalizer<SharedResource>
{
    public LocalizedString this[string name] => new(name, name);

    public LocalizedString this[string name, params object[] arguments] => new(name, name);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
}
