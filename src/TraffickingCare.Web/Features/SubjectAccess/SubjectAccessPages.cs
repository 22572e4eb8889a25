using TraffickingCare.Web.Features.Shared.People;

namespace TraffickingCare.Web.Features.SubjectAccess;

/// <summary>The search for the person a request is about; <see cref="Matches"/> is null until a search ran.</summary>
public sealed record SubjectSearchPage(PersonSearchForm Search, IReadOnlyList<PersonMatchRow>? Matches)
{
    /// <summary>The matches person by person (a person may have several cases), best match first.</summary>
    public IEnumerable<IGrouping<Guid, PersonMatchRow>> People => (Matches ?? []).GroupBy(m => m.PersonIdentityId);
}

/// <summary>One person's cases, and the form that exports everything held about them.</summary>
public sealed record SubjectPersonPage(Guid PersonId, IReadOnlyList<string> CaseCodes, SubjectExportForm Export);
