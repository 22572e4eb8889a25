using TraffickingCare.Domain.Common;

namespace TraffickingCare.Domain.Proceedings;

/// <summary>
/// An amount of money claimed or awarded as compensation, in an ISO 4217 currency, on a date. Stored in
/// three columns each (amount decimal(18,2), currency code, date) so the annual report sums them in SQL.
/// </summary>
public sealed record Compensation
{
    public const decimal MaxAmount = 1_000_000_000m;

    public Compensation(decimal amount, string currency, DateOnly on)
    {
        if (amount < 0 || amount > MaxAmount || decimal.Round(amount, 2) != amount)
        {
            throw new DomainException("Proceedings.Errors.Amount");
        }

        Amount = amount;
        Currency = IsCurrencyCode(currency) ? currency.ToUpperInvariant() : throw new DomainException("Proceedings.Errors.Currency");
        On = on;
    }

    public decimal Amount { get; }

    public string Currency { get; }

    public DateOnly On { get; }

    /// <summary>Three Latin letters (RSD, EUR, CHF): the form of an ISO 4217 code.</summary>
    public static bool IsCurrencyCode(string? code) => code is { Length: 3 } && code.All(char.IsAsciiLetter);
}
