using System.Globalization;
using System.Text.RegularExpressions;
using TraffickingCare.Domain.Common;

namespace TraffickingCare.Domain.Cases;

/// <summary>
/// The name a person goes by everywhere outside their identity record: CZZ-YYYY-NNNN, numbered
/// from 1 within each year. It says nothing about the person.
/// </summary>
public sealed partial record CaseCode
{
    public const string Prefix = "CZZ";
    public const int MaxLength = 16;

    private CaseCode(int year, int sequence)
    {
        Year = year;
        Sequence = sequence;
    }

    public int Year { get; }

    public int Sequence { get; }

    public string Value => string.Create(CultureInfo.InvariantCulture, $"{Prefix}-{Year:D4}-{Sequence:D4}");

    public static CaseCode For(int year, int sequence)
    {
        if (year is < 2000 or > 9999 || sequence is < 1 or > 999_999)
        {
            throw new DomainException("Cases.Errors.InvalidCode");
        }

        return new CaseCode(year, sequence);
    }

    /// <summary>The code that follows the last one issued in <paramref name="year"/> (0 when none was).</summary>
    public static CaseCode Next(int year, int lastSequenceInYear) => For(year, lastSequenceInYear + 1);

    public static bool TryParse(string? value, out CaseCode? code)
    {
        code = null;
        var match = value is null ? Match.Empty : Pattern().Match(value.Trim().ToUpperInvariant());
        if (!match.Success)
        {
            return false;
        }

        var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var sequence = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        if (year < 2000 || sequence < 1)
        {
            return false;
        }

        code = For(year, sequence);
        return true;
    }

    public override string ToString() => Value;

    // Four digits at least; a year with more than 9,999 cases simply grows a digit.
    [GeneratedRegex(@"^CZZ-(\d{4})-(\d{4,6})$")]
    private static partial Regex Pattern();
}
