using System.Globalization;
using CsvHelper;

namespace TraffickingCare.Web.Features.Reports.Import;

/// <summary>
/// Reads a whole historical file (RFC 4180, UTF-8 with or without a byte-order mark, CRLF or LF) and checks the header
/// and every row before anything is written. Problems with the header stop the reading: without the columns of the
/// contract no cell can be read for what it is.
/// </summary>
public static class ImportFileReader
{
    /// <summary>A report longer than this helps nobody: the rest is counted, not listed.</summary>
    public const int MaxProblemsShown = 500;

    /// <summary>No row of the contract comes near this; an unclosed quote early in a large file would otherwise swallow it whole.</summary>
    public const int MaxRecordBytes = 64 * 1024;

    public static ImportParseResult Read(Stream stream, ImportCodeLists codes, DateOnly today)
    {
        var problems = new Problems();
        var rows = new List<ImportRow>();
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Skip,
            IncludeValuesInExceptions = false,
            MaxRecordSize = MaxRecordBytes,
            OnMalformedRecord = bad => problems.Add(new ImportProblem(
                (int)bad.LineNumber, null, bad.Reason == CsvMalformedReason.FieldCountMismatch ? "Import.Problems.CellCount" : "Import.Problems.Malformed")),
        };
        try
        {
            using var reader = CsvReader.Create(stream, options, leaveOpen: true);
            reader.ReadHeader();
            var header = reader.Headers.Select(h => (h ?? string.Empty).Trim()).ToArray();
            if (header.Length == 0 || header.All(h => h.Length == 0))
            {
                problems.Add(new ImportProblem(0, null, "Import.Problems.Empty"));
                return problems.Result(rows);
            }

            if (!CheckHeader(header, problems))
            {
                return problems.Result(rows);
            }

            var index = header.Select((name, i) => (name, i)).ToDictionary(h => h.name, h => h.i, StringComparer.Ordinal);
            var firstRowOf = new Dictionary<string, int>(StringComparer.Ordinal);
            while (reader.Read())
            {
                var row = (int)reader.LineNumber;
                var parsed = ImportRowParser.Parse(row, column => reader.GetString(index[column]) ?? string.Empty, codes, today, problems.Add);
                if (parsed is null)
                {
                    continue;
                }

                if (firstRowOf.TryGetValue(parsed.CaseId, out var first))
                {
                    problems.Add(new ImportProblem(row, ImportColumns.CaseId, "Import.Problems.DuplicateCaseId", parsed.CaseId + " (" + first.ToString(CultureInfo.InvariantCulture) + ")"));
                    continue;
                }

                firstRowOf[parsed.CaseId] = row;
                rows.Add(parsed);
            }
        }
        catch (CsvFormatException ex)
        {
            problems.Add(new ImportProblem((int)ex.LineNumber, null, "Import.Problems.Malformed"));
        }

        if (problems.Count == 0 && rows.Count == 0)
        {
            problems.Add(new ImportProblem(0, null, "Import.Problems.NoRows"));
        }

        return problems.Result(rows);
    }

    private static bool CheckHeader(string[] header, Problems problems)
    {
        var before = problems.Count;
        foreach (var duplicate in header.GroupBy(h => h, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add(new ImportProblem(1, duplicate.Key, "Import.Problems.DuplicateColumn"));
        }

        foreach (var unknown in header.Distinct().Where(h => !ImportColumns.All.Contains(h)))
        {
            problems.Add(new ImportProblem(1, unknown, "Import.Problems.UnknownColumn"));
        }

        foreach (var missing in ImportColumns.All.Where(c => !header.Contains(c)))
        {
            problems.Add(new ImportProblem(1, missing, "Import.Problems.MissingColumn"));
        }

        return problems.Count == before;
    }

    private sealed class Problems
    {
        private readonly List<ImportProblem> shown = [];

        public int Count { get; private set; }

        public void Add(ImportProblem problem)
        {
            Count++;
            if (shown.Count < MaxProblemsShown)
            {
                shown.Add(problem);
            }
        }

        public ImportParseResult Result(List<ImportRow> rows) => new(Count == 0 ? rows : [], shown, Count);
    }
}
