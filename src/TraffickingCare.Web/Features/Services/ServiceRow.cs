using TraffickingCare.Domain.CodeLists;

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
    /// <summary>The type's labels as the code list holds them (read with the row); <see cref="TypeLabel"/> is the reader's.</summary>
    public CodeListLabels? TypeLabels { get; init; }

    public string TypeLabel { get; init; } = TypeCode;

    public bool CanCorrect { get; init; }
}
