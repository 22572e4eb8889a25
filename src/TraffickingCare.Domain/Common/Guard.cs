namespace TraffickingCare.Domain.Common;

internal static class Guard
{
    public static string Text(string? value, int maxLength, string resourceKey)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > maxLength)
        {
            throw new DomainException(resourceKey);
        }

        return trimmed;
    }

    /// <summary>A required reason: text with real letters (see <see cref="Reasons"/>).</summary>
    public static string Reason(string? value, int maxLength, string resourceKey)
    {
        var trimmed = Text(value, maxLength, resourceKey);
        return Reasons.HasLetters(trimmed) ? trimmed : throw new DomainException(resourceKey);
    }

    public static string? OptionalText(string? value, int maxLength, string resourceKey)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return trimmed.Length > maxLength ? throw new DomainException(resourceKey) : trimmed;
    }
}
