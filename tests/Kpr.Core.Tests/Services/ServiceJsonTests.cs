using System.Text.Json;
using Kpr.Core.Services;

namespace Kpr.Core.Tests.Services;

public class ServiceJsonTests
{
    private static readonly ServiceCatalogue Catalogue = ServiceCatalogue.Default;

    [Fact]
    public void Groups_round_trip_as_objects_with_string_codes()
    {
        var bolig = Catalogue.Group("bolig");
        var json = JsonSerializer.Serialize(bolig);
        Assert.Equal("{\"id\":\"bolig\",\"name\":\"Bolig kommunen disponerer til helse- og omsorgsformål\",\"name_en\":\"Municipal housing for health and care purposes\",\"codes\":[\"12\",\"13\",\"29\"]}",
            JsonSerializer.Serialize(bolig, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Assert.Equal(bolig, JsonSerializer.Deserialize<ServiceGroup>(json));
    }

    [Fact]
    public void Every_grouping_round_trips()
    {
        foreach (var grouping in Catalogue.Groupings)
        {
            var back = JsonSerializer.Deserialize<ServiceGrouping>(JsonSerializer.Serialize(grouping))!;
            Assert.Equal(grouping.Id, back.Id);
            Assert.Equal(grouping.Name, back.Name);
            Assert.Equal(grouping.Groups.AsEnumerable(), back.Groups.AsEnumerable());
        }
    }

    [Fact]
    public void Invalid_json_groupings_fail_with_the_factory_message()
    {
        const string overlapping = """{"id":"x","name":"X","groups":[{"id":"a","name":"A","codes":["1","2"]},{"id":"b","name":"B","codes":[2]}]}""";
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ServiceGrouping>(overlapping));
        Assert.Contains("code 2", e.Message);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ServiceGroup>("""{"id":"a","name":"A","codes":[]}"""));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ServiceGroup>("""{"name":"A","codes":["1"]}"""));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ServiceGroup>("""{"id":"a","name":"A","codes":["x"]}"""));
    }

    [Fact]
    public void Catalogue_rows_write_iso_dates_and_ids_and_read_back_by_code()
    {
        var row = Catalogue.Get(ServiceCode.FromNumber(12));
        using var doc = JsonDocument.Parse(JsonSerializer.Serialize(row));
        var root = doc.RootElement;
        Assert.Equal("12", root.GetProperty("code").GetString());
        Assert.Equal("bolig", root.GetProperty("group").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("valid_from").ValueKind);
        Assert.Equal("2018-12-31", root.GetProperty("valid_to").GetString());
        Assert.Equal("replaced_by_code", root.GetProperty("succession").GetString());
        Assert.Equal("29", root.GetProperty("replaced_by").GetString());
        Assert.Equal("high", root.GetProperty("confidence").GetString());
        Assert.Same(row, JsonSerializer.Deserialize<ServiceCodeInfo>(root.GetRawText()));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ServiceCodeInfo>("""{"code":"10"}"""));

        var rehab = JsonDocument.Parse(JsonSerializer.Serialize(Catalogue.Get(ServiceCode.FromNumber(16)))).RootElement;
        Assert.Equal("person_attribute", rehab.GetProperty("succession").GetString());
        Assert.Equal("hjemmeboende", rehab.GetProperty("leftovers_group").GetString());
    }
}
