using System.Text.Json;

namespace Kpr.Core.Services;

/// <summary>Shared reading helpers for the service converters (messages say which property was wrong).</summary>
internal static class ServiceJson
{
    public delegate void PropertyReader(ref Utf8JsonReader reader, string property);

    public static void ReadObject(ref Utf8JsonReader reader, string what, PropertyReader readProperty)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected a JSON object for a {what}, found {reader.TokenType}.");
        }
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var property = reader.GetString()!;
            reader.Read();
            readProperty(ref reader, property);
        }
    }

    public static string ReadString(ref Utf8JsonReader reader, string property) =>
        reader.TokenType == JsonTokenType.String
            ? reader.GetString()!
            : throw new JsonException($"\"{property}\" must be a string, found {reader.TokenType}.");

    public static List<ServiceCode> ReadCodes(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("\"codes\" must be an array of service codes.");
        }
        var converter = new ServiceCodeJsonConverter();
        var codes = new List<ServiceCode>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            codes.Add(converter.Read(ref reader, typeof(ServiceCode), options));
        }
        return codes;
    }
}
