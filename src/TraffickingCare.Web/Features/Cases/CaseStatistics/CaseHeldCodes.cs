using TraffickingCare.Domain.Cases;

namespace TraffickingCare.Web.Features.Cases.CaseStatistics;

/// <summary>
/// The codes a case holds now. A value retired from its code list since it was recorded stays
/// acceptable for this case (and offered in its form), so an unchanged save never loses it.
/// </summary>
public sealed record CaseHeldCodes(PersonProfile Profile, ExploitationRecord Exploitation, ILookup<string, string> Several)
{
    public static readonly CaseHeldCodes None = new(PersonProfile.Unknown, ExploitationRecord.Unknown, Array.Empty<string>().ToLookup(x => x));

    public static IEnumerable<string> One(string? code) => code is null ? [] : [code];
}
