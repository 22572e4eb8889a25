namespace TraffickingCare.Web.Features.Shared.Contacts;

/// <summary>
/// A day on which the case's team was in contact with a partner institution. A source writes it with an object
/// initializer (<c>new ContactMoment { CaseId = ..., PartnerId = ..., On = ... }</c>), never a constructor: EF Core
/// cannot translate a UNION ALL, or a filter, over a constructor projection ("Unable to translate set operation
/// after client projection has been applied"), so the type has no constructor with parameters.
/// </summary>
public sealed record ContactMoment
{
    public Guid CaseId { get; init; }

    public Guid PartnerId { get; init; }

    public DateOnly On { get; init; }
}
