using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kpr.Core.Services;

/// <summary>
/// Writes a <see cref="ServiceGrouping"/> as <c>{"id":"…","name":"…","groups":[…]}</c> (groups as
/// <see cref="ServiceGroupJsonConverter"/> writes them) and reads it back through <see cref="ServiceGrouping.Create"/>,
/// so the disjointness check applies to JSON input too. Applied to <see cref="ServiceGrouping"/> by attribute.
/// </summary>
internal sealed class ServiceGroupingJsonConverter : JsonConverter<ServiceGrouping>
{
    private static readonly ServiceGroupJsonConverter GroupConverter = new();

    /// <inheritdoc/>
    public override ServiceGrouping Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        string? id = null, name = null;
        List<ServiceGroup>? groups = null;
        ServiceJson.ReadObject(ref reader, "service grouping", (ref Utf8JsonReader r, string property) =>
        {
            switch (property)
            {
                case "id": id = ServiceJson.ReadString(ref r, property); break;
                case "name": name = ServiceJson.ReadString(ref r, property); break;
                case "groups":
                    if (r.TokenType != JsonTokenType.StartArray)
                    {
                        throw new JsonException("\"groups\" must be an array of service groups.");
                    }
                    groups = [];
                    while (r.Read() && r.TokenType != JsonTokenType.EndArray)
                    {
                        groups.Add(GroupConverter.Read(ref r, typeof(ServiceGroup), options));
                    }
                    break;
                default: r.Skip(); break;
            }
        });
        try
        {
            return ServiceGrouping.Create(
                id ?? throw new JsonException("A service grouping needs \"id\"."),
                name ?? id,
                groups ?? throw new JsonException($"Service grouping '{id}' needs \"groups\"."));
        }
        catch (ArgumentException e)
        {
            throw new JsonException(e.Message, e);
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ServiceGrouping value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(options);
        writer.WriteStartObject();
        writer.WriteString("id", value.Id);
        writer.WriteString("name", value.Name);
        writer.WriteStartArray("groups");
        foreach (var group in value.Groups)
        {
            GroupConverter.Write(writer, group, options);
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
