namespace TraffickingCare.Web.Features.Services;

/// <summary>A service in a list; <see cref="Note"/> is null while the story is hidden (management without a reason) or when none was written.</summary>
public sealed record ServiceRow(
    Guid Id,
    string TypeCode,
    DateOnly On,
    int DurationMinutes,
    string? GivenBy,
    bool ByPartner,
    string? Note,
    string AuthorId,
    string? AuthorName,
    DateTime WrittenAtUtc,
    Guid? AmendsServiceId)
{
    public string TypeLabel { get; init; } = TypeCode;

    public bool CanCorrect { get; init; }
}
