using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kpr.Core.Services;

/// <summary>
/// Writes a <see cref="ServiceCode"/> as its text form (<c>"15"</c>) and reads it back from a string
/// (<c>"15"</c>, <c>"01"</c>) or a JSON number (<c>15</c>). Also used for dictionary keys.
/// Applied to <see cref="ServiceCode"/> by attribute, so no registration is needed.
/// </summary>
internal sealed class ServiceCodeJsonConverter : JsonConverter<ServiceCode>
{
    /// <inheritdoc/>
    public override ServiceCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return reader.TryGetInt32(out var number) && number is >= ServiceCode.MinNumber and <= ServiceCode.MaxNumber
                ? ServiceCode.FromNumber(number)
                : throw new JsonException($"JSON number is not a service code: expected {ServiceCode.MinNumber}–{ServiceCode.MaxNumber}.");
        }
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a service code as a JSON string or number, found {reader.TokenType}.");
        }
        return ParseText(reader.GetString()!);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ServiceCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(options);
        writer.WriteStringValue(value.ToString());
    }

    /// <inheritdoc/>
    public override ServiceCode ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ParseText(reader.GetString()!);

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, ServiceCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(options);
        writer.WritePropertyName(value.ToString());
    }

    private static ServiceCode ParseText(string text) =>
        ServiceCode.TryParse(text, out var code) ? code : throw new JsonException(ServiceCode.ParseError(text));
}
