using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kpr.Core.Services;

/// <summary>
/// Writes a <see cref="ServiceGroup"/> as <c>{"id":"bolig","name":"…","name_en":"…","codes":["12","13","29"]}</c> and
/// reads it back through <see cref="ServiceGroup.Create"/> (so a user-defined group round-trips, and invalid JSON
/// fails with the factory's message). Applied to <see cref="ServiceGroup"/> by attribute.
/// </summary>
internal sealed class ServiceGroupJsonConverter : JsonConverter<ServiceGroup>
{
    /// <inheritdoc/>
    public override ServiceGroup Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        string? id = null, name = null, nameEn = null;
        List<ServiceCode>? codes = null;
        ServiceJson.ReadObject(ref reader, "service group", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "id": id = ServiceJson.ReadString(ref r, property); break;
                case "name": name = ServiceJson.ReadString(ref r, property); break;
                case "name_en": nameEn = ServiceJson.ReadString(ref r, property); break;
                case "codes": codes = ServiceJson.ReadCodes(ref r, options); break;
                default: r.Skip(); break;
            }
        });
        try
        {
            return ServiceGroup.Create(
                id ?? throw new JsonException("A service group needs \"id\"."),
                name ?? throw new JsonException($"Service group '{id}' needs \"name\"."),
                nameEn ?? name,
                codes ?? throw new JsonException($"Service group '{id}' needs \"codes\"."));
        }
        catch (ArgumentException e)
        {
            throw new JsonException(e.Message, e);
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ServiceGroup value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(options);
        writer.WriteStartObject();
        writer.WriteString("id", value.Id);
        writer.WriteString("name", value.Name);
        writer.WriteString("name_en", value.NameEn);
        writer.WriteStartArray("codes");
        foreach (var code in value.Codes)
        {
            writer.WriteStringValue(code.ToString());
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
