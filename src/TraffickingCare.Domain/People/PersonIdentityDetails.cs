namespace TraffickingCare.Domain.People;

public sealed record PersonIdentityDetails(
    string? FirstName,
    string? LastName,
    string? Alias = null,
    DateOnly? DateOfBirth = null,
    string? PersonalIdNumber = null,
    string? Phone = null,
    string? Address = null,
    string? Documents = null);
