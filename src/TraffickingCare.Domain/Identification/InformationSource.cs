using TraffickingCare.Domain.Common;

namespace TraffickingCare.Domain.Identification;

/// <summary>Information from another source for formal identification: which institution, which document, when.</summary>
public sealed class InformationSource : Entity
{
    public const int InstitutionMaxLength = 200;
    public const int DocumentMaxLength = 300;

    private InformationSource()
    {
        Institution = string.Empty;
        Document = string.Empty;
    }

    public Guid CaseId { get; private set; }

    public string Institution { get; private set; }

    public string Document { get; private set; }

    public DateOnly ReceivedOn { get; private set; }

    public static InformationSource Record(Guid caseId, string institution, string document, DateOnly receivedOn) => new()
    {
        CaseId = caseId,
        Institution = Guard.Text(institution, InstitutionMaxLength, "Identification.Errors.InstitutionRequired"),
        Document = Guard.Text(document, DocumentMaxLength, "Identification.Errors.DocumentRequired"),
        ReceivedOn = receivedOn,
    };
}
