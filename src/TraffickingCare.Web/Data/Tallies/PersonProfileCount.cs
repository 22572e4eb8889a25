namespace TraffickingCare.Web.Data.Tallies;

/// <summary>
/// How many persons identified in a month share a profile: sex, age at exploitation, citizenship and the exploitation's
/// scope (<see cref="PersonMonths"/>). A count kept on write, recounted whenever a save touches the month; its key is
/// its own, since every part of the profile may be unknown.
/// </summary>
public sealed class PersonProfileCount : IMonthly
{
    public PersonProfileCount(int year, int month, string? sex, int? age, bool domestic, bool anyCitizenship, bool? transnational, int count)
    {
        Id = Guid.NewGuid();
        Year = year;
        Month = month;
        Sex = sex;
        Age = age;
        Domestic = domestic;
        AnyCitizenship = anyCitizenship;
        Transnational = transnational;
        Count = count;
    }

    public Guid Id { get; private set; }

    public int Year { get; private set; }

    public int Month { get; private set; }

    public string? Sex { get; private set; }

    public int? Age { get; private set; }

    /// <summary>A citizen of the Centre's country, by the first citizenship or a further one.</summary>
    public bool Domestic { get; private set; }

    public bool AnyCitizenship { get; private set; }

    public bool? Transnational { get; private set; }

    public int Count { get; private set; }
}
