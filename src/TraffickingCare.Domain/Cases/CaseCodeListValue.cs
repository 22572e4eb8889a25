using TraffickingCare.Domain.Common;

namespace TraffickingCare.Domain.Cases;

/// <summary>
/// One value of a several-valued field of a case (a language, a form of exploitation, a country…):
/// one row per case, field and code, so the annual report counts each code with a plain GROUP BY.
/// A removed value is soft-deleted like every record; adding it again makes a new row.
/// </summary>
public sealed class CaseCodeListValue : Entity, IPartOf<CaseFile>
{
    public const int MaxLength = 64;

    private CaseCodeListValue()
    {
        Field = string.Empty;
        Code = string.Empty;
    }

    public Guid CaseId { get; private set; }

    Guid IPartOf<CaseFile>.RootId => CaseId;

    /// <summary>One of <see cref="CaseCodeFields"/>.</summary>
    public string Field { get; private set; }

    public string Code { get; private set; }

    internal static CaseCodeListValue Of(Guid caseId, string field, string code) => new() { CaseId = caseId, Field = field, Code = code };
}
