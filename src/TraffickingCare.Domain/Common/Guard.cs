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
