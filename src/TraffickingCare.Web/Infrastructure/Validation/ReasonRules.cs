using FluentValidation;

namespace TraffickingCare.Web.Infrastructure.Validation;

/// <summary>
/// A reason given for reading or refusing something is an audit record a person may have to answer
/// for, so it must say something: at least one letter. Zero-width and other invisible format characters
/// (U+200B, U+2060, U+FEFF, direction marks, the soft hyphen), spaces of every kind, digits and
/// punctuation alone are not a reason.
/// </summary>
public static class ReasonRules
{
    public static bool HasLetters(string? text) => text is not null && text.Any(char.IsLetter);

    /// <summary>A required reason: one with real letters (the message is the field's own).</summary>
    public static IRuleBuilderOptions<T, string?> RealReason<T>(this IRuleBuilder<T, string?> rule) => rule.Must(HasLetters);
}
