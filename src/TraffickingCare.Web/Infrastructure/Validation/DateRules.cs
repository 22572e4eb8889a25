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

    /// <summary>An optional date typed as dd.MM.yyyy. in a list's filter: when given, a real date.</summary>
    public static IRuleBuilderOptions<T, string?> OptionalDate<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(v => string.IsNullOrWhiteSpace(v) || CentreClock.TryParseDate(v, out _));

    /// <summary>
    /// The end of a list's period, typed as dd.MM.yyyy.: when given, a real date, not before the start
    /// (<paramref name="from"/>, when that one is readable).
    /// </summary>
    public static IRuleBuilderOptions<T, string?> OptionalDateNotBefore<T>(this IRuleBuilder<T, string?> rule, Func<T, string?> from) =>
        rule.Must((filter, v) => !CentreClock.TryParseDate(from(filter), out var start) || !CentreClock.TryParseDate(v, out var end) || start <= end);
}
