using FluentValidation;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Infrastructure.Validation;

public static class DateRules
{
    public static readonly DateOnly EarliestBirthDate = new(1900, 1, 1);

    /// <summary>An optional date of birth typed as dd.MM.yyyy.: when given, a real date, not in the future, not before 1900.</summary>
    public static IRuleBuilderOptions<T, string?> OptionalBirthDate<T>(this IRuleBuilder<T, string?> rule, CentreClock clock) =>
        rule.Must(v => string.IsNullOrWhiteSpace(v)
            || (CentreClock.TryParseDate(v, out var d) && d >= EarliestBirthDate && d <= clock.Today));
}
