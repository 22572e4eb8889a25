using FluentValidation;
using FluentValidation.Validators;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.IntegrationTests.Localization;

/// <summary>
/// Every rule of every validator speaks in the app's own words. FluentValidation ships default messages, Serbian ones
/// among them, which would pass for localized on a Serbian page while coming from outside the resource files.
/// </summary>
public sealed class ValidatorMessageTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public void Every_rule_of_every_validator_has_its_own_message()
    {
        var validatorTypes = typeof(SharedResource).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false })
            .SelectMany(t => t.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>)))
            .ToList();
        Assert.True(validatorTypes.Count > 50, $"Only {validatorTypes.Count} validators found");

        using var scope = app.Factory.Services.CreateScope();
        var defaults = new List<string>();
        foreach (var type in validatorTypes)
        {
            var validator = (IValidator)scope.ServiceProvider.GetRequiredService(type);
            var descriptor = validator.CreateDescriptor();
            foreach (var member in descriptor.GetMembersWithValidators())
            {
                foreach (var (component, rule) in member.SelectMany(v => descriptor.GetRulesForMember(member.Key)
                    .SelectMany(r => r.Components.Select(c => (c, r)))).Distinct())
                {
                    if (component.Validator is IChildValidatorAdaptor)
                    {
                        continue;
                    }

                    // A message built from the value being checked (given none here) is the rule's own by definition.
                    string message;
                    try
                    {
                        message = component.GetUnformattedErrorMessage();
                    }
                    catch (NullReferenceException)
                    {
                        continue;
                    }

                    var fallback = ValidatorOptions.Global.LanguageManager.GetString(component.Validator.Name);
                    if (message == fallback)
                    {
                        defaults.Add($"{validator.GetType().Name}.{rule.PropertyName}: {component.Validator.Name}");
                    }
                }
            }
        }

        Assert.True(defaults.Count == 0, "Rules with FluentValidation's default message:\n" + string.Join("\n", defaults.Distinct()));
    }
}
