namespace TraffickingCare.Domain.Reports;

/// <summary>The age bands and groups of the report, by completed years at the start of exploitation.</summary>
public static class AgeBands
{
    public const string Unknown = "unknown";
    public const string Child = "child";
    public const string Adult = "adult";

    /// <summary>Lower bound (inclusive) of each band, with its key; the last band is open.</summary>
    private static readonly (int From, string Key)[] Bands =
    [
        (0, "0-8"), (9, "9-17"), (18, "18-20"), (21, "21-23"), (24, "24-26"), (27, "27-29"), (30, "30-38"), (39, "39-47"), (48, "48+"),
    ];

    public static readonly IReadOnlyList<string> All = [.. Bands.Select(b => b.Key), Unknown];

    public static readonly IReadOnlyList<string> Groups = [Child, Adult, Unknown];

    public static string Of(int? age) => age is { } years and >= 0 ? Bands.Last(b => b.From <= years).Key : Unknown;

    public static string GroupOf(int? age) => age switch
    {
        null or < 0 => Unknown,
        < Cases.PersonProfile.AdultAge => Child,
        _ => Adult,
    };

    /// <summary>The bands that add up to a group (child = 0-8 + 9-17): the small-cell rule hides across them.</summary>
    public static IReadOnlyList<string> BandsOf(string group) => group switch
    {
        Child => [.. Bands.Where(b => b.From < Cases.PersonProfile.AdultAge).Select(b => b.Key)],
        Adult => [.. Bands.Where(b => b.From >= Cases.PersonProfile.AdultAge).Select(b => b.Key)],
        _ => [Unknown],
    };
}
