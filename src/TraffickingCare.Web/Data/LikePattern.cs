namespace TraffickingCare.Web.Data;

/// <summary>
/// A <c>LIKE</c> pattern that finds typed text anywhere in a column, its wildcards escaped: "50%" finds "50%", and "_"
/// finds an underscore, not every value. Pass <see cref="Escape"/> as the escape character of <c>EF.Functions.Like</c>.
/// </summary>
public static class LikePattern
{
    public const string Escape = "\\";

    public static string Containing(string typed) =>
        "%" + typed.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal) + "%";
}
