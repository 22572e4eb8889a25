namespace TraffickingCare.Domain.Referrals;

/// <summary>
/// What the caller knew about the person, all of it optional: a referral is logged at once, with
/// whatever is known. The name or alias is identifying and is stored encrypted.
/// </summary>
public sealed record ReferredPerson(
    string? NameOrAlias,
    string? SexCode,
    int? Age,
    DateOnly? DateOfBirth,
    string? CitizenshipCode,
    string? LanguageCode)
{
    public const int NameMaxLength = 200;

    public static readonly ReferredPerson Unknown = new(null, null, null, null, null, null);
}
