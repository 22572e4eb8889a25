using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Infrastructure.Localization;

/// <summary>MVC's own binding errors ("The value 'x' is not valid") in the user's language.</summary>
internal sealed class LocalizedModelBindingMessages(IStringLocalizerFactory factory) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var l = factory.Create(typeof(SharedResource));
        var m = options.ModelBindingMessageProvider;
        m.SetAttemptedValueIsInvalidAccessor((value, field) => l["Validation.InvalidValue", value, field]);
        m.SetMissingBindRequiredValueAccessor(field => l["Validation.Required", field]);
        m.SetMissingKeyOrValueAccessor(() => l["Validation.RequiredNoName"]);
        m.SetMissingRequestBodyRequiredValueAccessor(() => l["Validation.RequiredNoName"]);
        m.SetNonPropertyAttemptedValueIsInvalidAccessor(value => l["Validation.InvalidValueNoName", value]);
        m.SetNonPropertyUnknownValueIsInvalidAccessor(() => l["Validation.InvalidValueNoName", string.Empty]);
        m.SetNonPropertyValueMustBeANumberAccessor(() => l["Validation.MustBeNumberNoName"]);
        m.SetUnknownValueIsInvalidAccessor(field => l["Validation.InvalidValue", string.Empty, field]);
        m.SetValueIsInvalidAccessor(value => l["Validation.InvalidValueNoName", value]);
        m.SetValueMustBeANumberAccessor(field => l["Validation.MustBeNumber", field]);
        m.SetValueMustNotBeNullAccessor(field => l["Validation.Required", field]);
    }
}
