namespace TraffickingCare.Domain.Support;

/// <summary>What a service was: its type (code of the <c>ServiceType</c> list), day, length, giver and the note about it.</summary>
public sealed record ServiceDetails(string TypeCode, DateOnly On, int DurationMinutes, StaffOrPartner GivenBy, string? Note);
