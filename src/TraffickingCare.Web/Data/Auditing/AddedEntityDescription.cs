using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using TraffickingCare.Web.Data.Encryption;

namespace TraffickingCare.Web.Data.Auditing;

/// <summary>
/// The audit description of a created entity: each field that has a value, as <c>{"Field":{"to":value}}</c>, a
/// sensitive one as <c>{"changed":true}</c>, the same JSON <see cref="AuditTrailWriter"/> writes for a change. A bulk
/// writer (the seed, the import) creates millions of rows, and building a property entry and an anonymous object for
/// each field was a third of its time: here each type's fields are listed once and each value is read from the entry's
/// current values and written straight to JSON.
/// </summary>
internal static class AddedEntityDescription
{
    private static readonly ConcurrentDictionary<IEntityType, DescribedField[]> Fields = new();

    // One buffer and writer a thread, reused: a description is a few hundred bytes, written millions of times.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? writer;

    public static string? Of(EntityEntry entry)
    {
        var values = entry.CurrentValues;
        var started = false;
        buffer ??= new ArrayBufferWriter<byte>(1024);
        buffer.ResetWrittenCount();
        writer ??= new Utf8JsonWriter(buffer);
        writer.Reset(buffer);
        foreach (var field in Fields.GetOrAdd(entry.Metadata, ListFields))
        {
            var value = values[field.Property];
            if (value is null)
            {
                continue;
            }

            if (!started)
            {
                writer.WriteStartObject();
                started = true;
            }

            writer.WritePropertyName(field.Name);
            writer.WriteStartObject();
            if (field.Sensitive)
            {
                writer.WriteBoolean("changed", true);
            }
            else
            {
                writer.WritePropertyName("to");
                JsonSerializer.Serialize(writer, value, value.GetType());
            }

            writer.WriteEndObject();
        }

        if (!started)
        {
            return null;
        }

        writer.WriteEndObject();
        writer.Flush();
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    // The order and the names of AuditTrailWriter's property entries: the entity's properties, then each complex
    // property's, recursively.
    private static DescribedField[] ListFields(IEntityType type) =>
        [.. type.GetProperties().Concat(type.GetComplexProperties().SelectMany(Complex))
            .Where(p => !AuditTrailWriter.IsStampOrKey(p.Name))
            .Select(p => new DescribedField(p, AuditTrailWriter.FieldName(p), p.IsSensitive()))];

    private static IEnumerable<IProperty> Complex(IComplexProperty complex) =>
        complex.ComplexType.GetProperties().Concat(complex.ComplexType.GetComplexProperties().SelectMany(Complex));

    private sealed record DescribedField(IProperty Property, string Name, bool Sensitive);
}
