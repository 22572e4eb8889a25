namespace TraffickingCare.Web.Data.Tallies;

/// <summary>
/// How many persons identified in a month hold a code of a kind (<see cref="PersonCodeKinds"/>): a country of
/// citizenship, a set of exploitation categories, a kind of support received (<see cref="PersonMonths"/>). A count
/// kept on write, recounted whenever a save touches the month.
/// </summary>
public sealed class PersonCodeCount : IMonthly
{
    public PersonCodeCount(int year, int month, string kind, string code, int count)
    {
        Year = year;
        Month = month;
        Kind = kind;
        Code = code;
        Count = count;
    }

    public int Year { get; private set; }

    public int Month { get; private set; }

    public string Kind { get; private set; }

    public string Code { get; private set; }

    public int Count { get; private set; }
}

/// <summary>The kinds of <see cref="PersonCodeCount"/>.</summary>
public static class PersonCodeKinds
{
    public const string Country = "Country";

    /// <summary>The person's exploitation categories as a set of bits (<see cref="PersonCode.Bit"/>), written as a number.</summary>
    public const string ExploitationSet = "ExploitationSet";

    public const string Support = "Support";

    public const int MaxLength = 16;
}
