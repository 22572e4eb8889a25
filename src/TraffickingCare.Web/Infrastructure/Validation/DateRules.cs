using FluentValidation;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Infrastructure.Validation;

public static class DateRules
{
    public static readonly DateOnly EarliestBirthDate = CentreClock.EarliestTypedDate;

    public static readonly DateOnly EarliestRecordDate = new(1950, 1, 1);

    /// <summary>A required date typed as dd.MM.yyyy. of something that has happened: not in the future, not before 1950.</summary>
    public static IRuleBuilderOptions<T, string?> PastDate<T>(this IRuleBuilder<T, string?> rule, CentreClock clock) =>
        rule.Must(v => CentreClock.TryParseDate(v, out var d) && d >= EarliestRecordDate && d <= clock.Today);

    /// <summary>An optional date of birth typed as dd.MM.yyyy.: when given, a real date, not in the future, not before 1900.</summary>
    public static IRuleBuilderOptions<T, string?> OptionalBirthDate<T>(this IRuleBuilder<T, string?> rule, CentreClock clock) =>
        rule.Must(v => string.IsNullOrWhiteSpace(v)
            || (CentreClock.TryParseDate(v, out var d) && d >= EarliestBirthDate && d <= clock.Today));
}
