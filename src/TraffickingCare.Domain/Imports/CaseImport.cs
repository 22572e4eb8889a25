using TraffickingCare.Domain.Common;

namespace TraffickingCare.Domain.Imports;

/// <summary>
/// One historical import: who uploaded which file (its name and SHA-256), when, how many rows it held and what its
/// commit did (cases created, updated, unchanged). The file itself waits encrypted in the attachments folder between
/// the validation and the commit; the row is the import's audit record and stays after the file is gone.
/// </summary>
public sealed class CaseImport : Entity
{
    public const int FileNameMaxLength = 255;
    public const int Sha256Length = 64;
    public const int StoredNameLength = 32;
    public const int WrappedKeyMaxLength = 1000;
    public const int FailureKeyMaxLength = 200;

    private CaseImport()
    {
        FileName = string.Empty;
        Sha256 = string.Empty;
        ImportedBy = string.Empty;
    }

    public string FileName { get; private set; }

    /// <summary>Lower-case hex of the file's SHA-256: the same file imported twice is recognisable in the trail.</summary>
    public string Sha256 { get; private set; }

    public string ImportedBy { get; private set; }

    public DateTime ValidatedAtUtc { get; private set; }

    public int Rows { get; private set; }

    /// <summary>Of <see cref="Rows"/>, how many name a case no earlier import made (found at validation).</summary>
    public int NewCases { get; private set; }

    public CaseImportStatus Status { get; private set; }

    public string? StoredName { get; private set; }

    public string? WrappedKey { get; private set; }

    public DateTime? CommittedAtUtc { get; private set; }

    public int Created { get; private set; }

    public int Updated { get; private set; }

    public int Unchanged { get; private set; }

    /// <summary>Why the commit failed, as a resource key (never a value of the file).</summary>
    public string? FailureKey { get; private set; }

    public static CaseImport Validate(string fileName, string sha256, int rows, int newCases, string importedBy, DateTime utcNow, string storedName, string wrappedKey)
    {
        if (rows < 1 || newCases < 0 || newCases > rows || sha256.Length != Sha256Length)
        {
            throw new DomainException("Import.Errors.Invalid");
        }

        return new CaseImport
        {
            FileName = Guard.Text(Path.GetFileName(fileName), FileNameMaxLength, "Import.Errors.FileName"),
            Sha256 = sha256,
            ImportedBy = Guard.Text(importedBy, UserIdMaxLength, "Import.Errors.Invalid"),
            ValidatedAtUtc = utcNow,
            Rows = rows,
            NewCases = newCases,
            Status = CaseImportStatus.Validated,
            StoredName = Guard.Text(storedName, StoredNameLength, "Import.Errors.Invalid"),
            WrappedKey = Guard.Text(wrappedKey, WrappedKeyMaxLength, "Import.Errors.Invalid"),
        };
    }

    /// <summary>Only the manager who validated the file commits it, once.</summary>
    public void Start(string userId)
    {
        if (userId != ImportedBy)
        {
            throw new DomainException("Import.Errors.NotYours");
        }

        if (Status != CaseImportStatus.Validated)
        {
            throw new DomainException("Import.Errors.AlreadyStarted");
        }

        Status = CaseImportStatus.Running;
    }

    public void Complete(int created, int updated, int unchanged, DateTime utcNow)
    {
        if (Status != CaseImportStatus.Running || created + updated + unchanged != Rows)
        {
            throw new DomainException("Import.Errors.Invalid");
        }

        Status = CaseImportStatus.Committed;
        Created = created;
        Updated = updated;
        Unchanged = unchanged;
        CommittedAtUtc = utcNow;
        ForgetFile();
    }

    /// <summary>Nothing of the file was written (the commit's transaction rolled back).</summary>
    public void Fail(string failureKey)
    {
        Status = CaseImportStatus.Failed;
        FailureKey = Guard.Text(failureKey, FailureKeyMaxLength, "Import.Errors.Invalid");
        ForgetFile();
    }

    /// <summary>The encrypted file is deleted once the import ends; the row keeps only its name and hash.</summary>
    private void ForgetFile()
    {
        StoredName = null;
        WrappedKey = null;
    }
}
