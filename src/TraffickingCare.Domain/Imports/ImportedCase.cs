using TraffickingCare.Domain.Common;

namespace TraffickingCare.Domain.Imports;

/// <summary>
/// Where an imported case came from: the Centre's own case number in the historical file (unique: importing it
/// again updates the case), the first and the last import that wrote it, the file's row, and the HTCDS values the
/// product has no field for, kept so that an HTCDS export can give them back. <see cref="Fingerprint"/> is the
/// hash of the row as last imported: a row that did not change is not written again.
/// </summary>
public sealed class ImportedCase : Entity
{
    public const int ExternalIdMaxLength = 64;
    public const int ValuesMaxLength = 500;
    public const int FingerprintLength = 64;

    private ImportedCase()
    {
        ExternalCaseId = string.Empty;
        Fingerprint = string.Empty;
    }

    public string ExternalCaseId { get; private set; }

    public Guid CaseId { get; private set; }

    public Guid ReferralId { get; private set; }

    public Guid FirstImportId { get; private set; }

    public Guid LastImportId { get; private set; }

    /// <summary>The row of the last import's file (1 = the first row after the header).</summary>
    public int Row { get; private set; }

    public string Fingerprint { get; private set; }

    public ImportedValues Values { get; private set; } = ImportedValues.None;

    public static ImportedCase Of(string externalCaseId, Guid caseId, Guid referralId, Guid importId, int row, string fingerprint, ImportedValues values) => new()
    {
        ExternalCaseId = Guard.Text(externalCaseId, ExternalIdMaxLength, "Import.Errors.Invalid"),
        CaseId = caseId,
        ReferralId = referralId,
        FirstImportId = importId,
        LastImportId = importId,
        Row = row,
        Fingerprint = fingerprint,
        Values = values,
    };

    public void Reimport(Guid importId, int row, string fingerprint, ImportedValues values)
    {
        LastImportId = importId;
        Row = row;
        Fingerprint = fingerprint;
        Values = values;
    }
}
