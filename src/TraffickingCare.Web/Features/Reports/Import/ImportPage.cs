using TraffickingCare.Domain.Imports;

namespace TraffickingCare.Web.Features.Reports.Import;

/// <summary>One import as its page shows it: the file, the summary before the commit, the progress, the result.</summary>
public sealed record ImportPage(
    Guid Id,
    string FileName,
    string Sha256,
    string ImportedBy,
    DateTime ValidatedAtUtc,
    int Rows,
    int NewCases,
    CaseImportStatus Status,
    int Created,
    int Updated,
    int Unchanged,
    string? FailureKey,
    int Processed,
    bool IsRunning,
    bool CanCommit);
