namespace TraffickingCare.Domain.Reports;

/// <summary>
/// The small-cell rule of STATISTICS.md, applied whenever a cell leaves the building (the published report, every
/// export). A count from 1 to threshold − 1 is shown as <c>&lt;threshold</c>; 0 stays 0. Where parts add up to a
/// total shown exactly and exactly one part is hidden, the smallest other non-zero part is hidden too (<c>x</c>), so
/// that no small count can be worked out by subtraction; this repeats until nothing changes, since hiding a part of
/// one sum can expose another (age bands within age groups, outcomes within presumed victims).
/// </summary>
public static class CellSuppression
{
    public const string Hidden = "x";

    /// <summary>The values as shown: every key of <paramref name="cells"/>, as an integer, "&lt;N" or "x".</summary>
    public static IReadOnlyDictionary<CellKey, string> Apply(IReadOnlyCollection<ReportCell> cells, int threshold, IEnumerable<CellSum> sums)
    {
        var values = cells.ToDictionary(c => new CellKey(c.Table, c.Row, c.Year), c => c.Value);
        var shown = values.ToDictionary(v => v.Key, v => IsSmall(v.Value, threshold) ? $"<{threshold}" : v.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var checks = sums.ToList();
        bool changed;
        do
        {
            changed = false;
            foreach (var sum in checks)
            {
                foreach (var year in values.Keys.Where(k => k.Table == sum.TotalTable && k.Row == sum.TotalRow).Select(k => k.Year).ToList())
                {
                    changed |= ProtectOne(sum, year, values, shown);
                }
            }
        }
        while (changed);

        return shown;
    }

    public static bool IsSmall(int value, int threshold) => value > 0 && value < threshold;

    private static bool ProtectOne(CellSum sum, int year, Dictionary<CellKey, int> values, Dictionary<CellKey, string> shown)
    {
        if (!IsExact(shown[new CellKey(sum.TotalTable, sum.TotalRow, year)]))
        {
            return false;
        }

        var parts = sum.Parts.Select(p => new CellKey(p.Table, p.Row, year)).Where(values.ContainsKey).ToList();
        if (parts.Count(p => !IsExact(shown[p])) != 1)
        {
            return false;
        }

        var cover = parts.Where(p => IsExact(shown[p]) && values[p] > 0)
            .OrderBy(p => values[p]).ThenBy(p => p.Row, StringComparer.Ordinal)
            .FirstOrDefault();
        if (cover is null)
        {
            return false;
        }

        shown[cover] = Hidden;
        return true;
    }

    private static bool IsExact(string value) => value.Length > 0 && char.IsDigit(value[0]);
}

/// <summary>A cell's address in the contract.</summary>
public sealed record CellKey(string Table, string Row, int Year);

/// <summary>Parts (table, row) that add up to a total cell of the same year.</summary>
public sealed record CellSum(string TotalTable, string TotalRow, IReadOnlyList<(string Table, string Row)> Parts);
