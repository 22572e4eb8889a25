using System.Globalization;
using System.Text.RegularExpressions;
using TraffickingCare.Domain.Proceedings;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Proceedings;

/// <summary>The typed values of the proceeding's forms read one way, by the validators and the handlers alike.</summary>
public static partial class ProceedingInput
{
    /// <summary>An amount as people type it: digits, a comma or a point, at most two decimals (150000, 1500,50). No sign: never negative.</summary>
    public static bool TryParseAmount(string? text, out decimal amount)
    {
        amount = 0;
        var trimmed = text?.Trim();
        return trimmed is not null && AmountPattern().IsMatch(trimmed)
            && decimal.TryParse(trimmed.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount)
            && amount <= Compensation.MaxAmount;
    }

    /// <summary>Whether any part of a compensation was typed: then all three are required.</summary>
    public static bool AnyGiven(string? amount, string? on) => !string.IsNullOrWhiteSpace(amount) || !string.IsNullOrWhiteSpace(on);

    public static Compensation? CompensationOf(string? amount, string? currency, string? on) =>
        AnyGiven(amount, on) && TryParseAmount(amount, out var value) && CentreClock.TryParseDate(on, out var date)
            ? new Compensation(value, currency?.Trim() ?? string.Empty, date)
            : null;

    public static ProceedingDetails DetailsOf(ProceedingForm form) => new(
        form.AuthorityId ?? Guid.Empty,
        form.CaseNumber,
        form.Role!.Value,
        form.LawyerEngaged,
        form.LawyerPartnerId,
        form.LawyerDescription,
        ProtectiveMeasureFlags.Combine(form.Measures),
        CompensationOf(form.ClaimedAmount, form.ClaimedCurrency, form.ClaimedOn),
        CompensationOf(form.AwardedAmount, form.AwardedCurrency, form.AwardedOn),
        form.NonPunishmentApplied);

    public static string FormatAmount(decimal amount) => amount.ToString("0.##", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\d{1,10}([.,]\d{1,2})?$")]
    private static partial Regex AmountPattern();
}
