namespace TraffickingCare.Domain.Common;

/// <summary>
/// A rule of the domain was broken. The message is a resource key, so that the web layer can show
/// it in the user's language without the domain knowing about localization.
/// </summary>
public sealed class DomainException(string resourceKey) : Exception(resourceKey)
{
    public string ResourceKey { get; } = resourceKey;
}
