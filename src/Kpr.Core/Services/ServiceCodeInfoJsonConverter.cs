using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kpr.Core.Services;

/// <summary>
/// Writes a catalogue row as <c>{"code":"12","name":"Omsorgsbolig","name_en":"…","group":"bolig",
/// "valid_from":null,"valid_to":"2018-12-31","succession":"replaced_by_code","replaced_by":"29",
/// "leftovers_group":null,"confidence":"high","notes":"…"}</c> (dates ISO <c>yyyy-MM-dd</c>, group by id, as
/// <c>kpr codes</c> writes them). Reading takes the <c>"code"</c> and returns that row of
/// <see cref="ServiceCatalogue.Default"/>: a row is catalogue data, not something to rebuild from JSON.
/// Applied to <see cref="ServiceCodeInfo"/> by attribute.
/// </summary>
internal sealed class ServiceCodeInfoJsonConverter : JsonConverter<ServiceCodeInfo>
{
    /// <inheritdoc/>
    public override ServiceCodeInfo Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ServiceCode? code = null;
        ServiceJson.ReadObject(ref reader, "service code row", (ref Utf8JsonReader r, string property) =>
        {
            if (property == "code")
            {
                code = new ServiceCodeJsonConverter().Read(ref r, typeof(ServiceCode), options);
            }
            else
            {
                r.Skip();
            }
        });
        if (code is not { } c)
        {
            throw new JsonException("A service code row needs \"code\".");
        }
        return ServiceCatalogue.Default.Find(c) ?? throw new JsonException($"Service code {c} is not in the service code catalogue.");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ServiceCodeInfo value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(options);
        writer.WriteStartObject();
        writer.WriteString("code", value.Code.ToString());
        writer.WriteString("name", value.Name);
        writer.WriteString("name_en", value.NameEn);
        writer.WriteString("group", value.Group.Id);
        WriteDate(writer, "valid_from", value.ValidFrom);
        WriteDate(writer, "valid_to", value.ValidTo);
        writer.WriteString("succession", value.Succession switch
        {
            ServiceCodeSuccession.ReplacedByCode => "replaced_by_code",
            ServiceCodeSuccession.BecamePersonAttribute => "person_attribute",
            _ => "none",
        });
        if (value.ReplacedBy is { } next)
        {
            writer.WriteString("replaced_by", next.ToString());
        }
        else
        {
            writer.WriteNull("replaced_by");
        }
        if (value.LeftoversGroup is { } group)
        {
            writer.WriteString("leftovers_group", group.Id);
        }
        else
        {
            writer.WriteNull("leftovers_group");
        }
        writer.WriteString("confidence", value.Confidence switch
        {
            SourceConfidence.High => "high",
            SourceConfidence.Medium => "medium",
            _ => "low",
        });
        writer.WriteString("notes", value.Notes);
        writer.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter writer, string name, NodaTime.LocalDate? date)
    {
        if (date is { } d)
        {
            writer.WriteString(name, ServiceCodeInfo.Iso(d));
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
