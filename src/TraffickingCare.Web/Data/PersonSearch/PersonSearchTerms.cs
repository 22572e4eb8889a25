namespace TraffickingCare.Web.Data.PersonSearch;

/// <summary>What is known of the person sought; every part may be missing.</summary>
public sealed record PersonSearchTerms(string? Name, DateOnly? DateOfBirth, int? ApproximateBirthYear = null);
