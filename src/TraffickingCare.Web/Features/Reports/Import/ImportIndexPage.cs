namespace TraffickingCare.Web.Features.Reports.Import;

/// <summary>The upload form, the validation report of a refused file, and the imports so far.</summary>
public sealed record ImportIndexPage(IReadOnlyList<ImportPage> Imports, long MaxBytes)
{
    public UploadImportForm Upload { get; init; } = new();

    public ImportParseResult? Report { get; init; }
}
