using System.Collections.Concurrent;
using FluentValidation;
using FluentValidation.Validators;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace TraffickingCare.Web.Infrastructure.Mvc;

/// <summary>
/// Ties each field to its error message for screen readers: the input gets
/// <c>aria-describedby</c> (and <c>aria-invalid</c> when refused), the validation span the matching id.
/// A text field also gets <c>maxlength</c> from its form's validator, whose limit is the domain constant the EF
/// configuration uses: one number, three places that agree, no literal in a view.
/// </summary>
[HtmlTargetElement("input", Attributes = "asp-for")]
[HtmlTargetElement("select", Attributes = "asp-for")]
[HtmlTargetElement("textarea", Attributes = "asp-for")]
[HtmlTargetElement("span", Attributes = "asp-validation-for")]
public sealed class AccessibleFieldTagHelper(IServiceProvider services) : TagHelper
{
    private static readonly ConcurrentDictionary<(Type Form, string Field), int?> MaxLengths = new();

    [HtmlAttributeName("asp-for")]
    public ModelExpression? For { get; set; }

    [HtmlAttributeName("asp-validation-for")]
    public ModelExpression? ValidationFor { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var expression = For ?? ValidationFor;
        if (expression is null || (context.AllAttributes.TryGetAttribute("type", out var type) && "hidden".Equals(type.Value?.ToString(), StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        var fullName = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(expression.Name);
        var errorId = TagBuilder.CreateSanitizedId(fullName, "_") + "-error";
        if (ValidationFor is not null)
        {
            output.Attributes.SetAttribute("id", errorId);
            return;
        }

        // Keeps a hint the view already points to (e.g. password advice) and adds the error message.
        if (output.TagName is "input" or "textarea" && !output.Attributes.ContainsName("maxlength") && MaxLengthOf(expression) is { } max)
        {
            output.Attributes.SetAttribute("maxlength", max);
        }

        var described = output.Attributes.TryGetAttribute("aria-describedby", out var existing) ? $"{existing.Value} {errorId}" : errorId;
        output.Attributes.SetAttribute("aria-describedby", described);
        if (ViewContext.ModelState.TryGetValue(fullName, out var entry) && entry.Errors.Count > 0)
        {
            output.Attributes.SetAttribute("aria-invalid", "true");
        }
    }

    private int? MaxLengthOf(ModelExpression expression)
    {
        if (expression.Metadata.ContainerType is not { } declared || expression.Metadata.PropertyName is not { } field || expression.Metadata.ModelType != typeof(string))
        {
            return null;
        }

        // The form's own type: a partial over fields several forms share declares their base class, which has no validator.
        var form = expression.ModelExplorer.Container?.ModelType ?? declared;

        return MaxLengths.GetOrAdd((form, field), key =>
        {
            var validator = services.GetService(typeof(IValidator<>).MakeGenericType(key.Form)) as IValidator;
            return validator?.CreateDescriptor().GetRulesForMember(key.Field)
                .SelectMany(rule => rule.Components)
                .Select(component => component.Validator)
                .OfType<ILengthValidator>()
                .Select(length => (int?)length.Max)
                .Where(max => max > 0)
                .Min();
        });
    }
}
