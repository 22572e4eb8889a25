using System.Globalization;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace TraffickingCare.Web.Data.Encryption;

/// <summary>Attaches a Data Protection value converter to every property configured with <c>IsEncrypted()</c>.</summary>
internal static class EncryptionConverters
{
    public static void Apply(IMutableModel model, FieldProtector protector)
    {
        foreach (var property in model.GetEntityTypes().SelectMany(AllProperties).Where(p => p.IsEncrypted()))
        {
            property.SetValueConverter(For(property.ClrType, protector));
        }
    }

    // Includes the properties of complex types (e.g. what a referral knew about the person).
    private static IEnumerable<IMutableProperty> AllProperties(IMutableTypeBase type) =>
        type.GetDeclaredProperties().Concat(type.GetDeclaredComplexProperties().SelectMany(c => AllProperties(c.ComplexType)));

    private static ValueConverter For(Type clrType, FieldProtector protector)
    {
        var type = Nullable.GetUnderlyingType(clrType) ?? clrType;
        if (type == typeof(string))
        {
            return new ValueConverter<string, string>(v => protector.Protect(v), v => protector.Unprotect(v));
        }

        if (type == typeof(DateOnly))
        {
            return new ValueConverter<DateOnly, string>(
                v => protector.Protect(v.ToString("O", CultureInfo.InvariantCulture)),
                v => DateOnly.ParseExact(protector.Unprotect(v), "O", CultureInfo.InvariantCulture));
        }

        throw new NotSupportedException($"Encryption of {type.Name} properties is not supported.");
    }
}
