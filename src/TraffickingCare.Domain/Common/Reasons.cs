namespace TraffickingCare.Domain.Common;

/// <summary>
/// A reason someone gives for reading, refusing or returning something is a record they may have to answer
/// for, so it must say something: at least one letter. Zero-width and other invisible format characters
/// (U+200B, U+2060, U+FEFF, direction marks, the soft hyphen), spaces of every kind, digits and
/// punctuation alone are not a reason. The one rule for every reason, in the domain and in the forms.
/// </summary>
public static class Reasons
{
    public static bool HasLetters(string? text) => text is not null && text.Any(char.IsLetter);
}
