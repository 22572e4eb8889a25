namespace TraffickingCare.Web.Features.Reports.Import;

/// <summary>What reading a file found: its valid rows, or the problems (at most <see cref="ImportFileReader.MaxProblemsShown"/> kept, all counted).</summary>
public sealed record ImportParseResult(IReadOnlyList<ImportRow> Rows, IReadOnlyList<ImportProblem> Problems, int ProblemCount)
{
    public bool IsValid => ProblemCount == 0;

    public int ProblemsNotShown => ProblemCount - Problems.Count;
}
