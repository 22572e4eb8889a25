using FluentValidation;
using TraffickingCare.Domain.Common;

namespace TraffickingCare.Web.Infrastructure.Validation;

/// <summary>The domain's rule for a reason (<see cref="Reasons"/>: real letters) as a form validation rule.</summary>
public static class ReasonRules
{
    public static bool HasLetters(string? text) => Reasons.HasLetters(text);

    /// <summary>A required reason: one with real letters (the message is the field's own).</summary>
    public static IRuleBuilderOptions<T, string?> RealReason<T>(this IRuleBuilder<T, string?> rule) => rule.Must(HasLetters);
}
