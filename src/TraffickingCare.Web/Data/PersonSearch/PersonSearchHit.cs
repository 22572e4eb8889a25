namespace TraffickingCare.Web.Data.PersonSearch;

/// <summary>A person the index matched, and on what: how many name words, the date of birth, the birth year.</summary>
public sealed record PersonSearchHit(Guid PersonIdentityId, int NameWords, bool DateOfBirth, bool BirthYear);
