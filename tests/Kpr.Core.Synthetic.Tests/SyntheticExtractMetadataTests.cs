namespace Kpr.Core.Synthetic.Tests;

public class SyntheticExtractMetadataTests
{
    [Fact]
    public void Metadata_round_trips_through_its_json()
    {
        var options = SyntheticRegisterOptions.ForPersons(104_800, seed: 7, firstYear: 2019, lastYear: 2021);
        var metadata = SyntheticExtractMetadata.For(options, 104_800, 123_456);
        var back = SyntheticExtractMetadata.Parse(metadata.ToJson(), "x.csv.meta.json");
        Assert.Equal(0.1, back.SamplingFraction, 12);
        Assert.Equal((7, 2019, 2021, 104_800L, SyntheticRegister.NationalPersons, 123_456L),
            (back.Seed, back.FirstYear, back.LastYear, back.Persons, back.NationalPersons, back.Episodes));
        Assert.Contains("\"synthetic\": true", metadata.ToJson(), StringComparison.Ordinal);
        Assert.Contains("\"sampling_fraction\": 0.1", metadata.ToJson(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json", "not valid JSON")]
    [InlineData("[1]", "one JSON object")]
    [InlineData("{\"format\":\"other\"}", "'format'")]
    [InlineData("{\"format\":\"kpr-extract-metadata/1\",\"seed\":1,\"first_year\":2018,\"last_year\":2021,\"persons\":\"many\",\"national_persons\":10,\"episodes\":1}", "'persons' must be a whole number")]
    [InlineData("{\"format\":\"kpr-extract-metadata/1\",\"seed\":1,\"first_year\":2018,\"last_year\":2021,\"persons\":5,\"episodes\":1}", "'national_persons' is missing")]
    public void Bad_metadata_is_refused_naming_the_file_and_member(string json, string expected)
    {
        var e = Assert.Throws<FormatException>(() => SyntheticExtractMetadata.Parse(json, "s.csv.meta.json"));
        Assert.Contains("s.csv.meta.json", e.Message, StringComparison.Ordinal);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_sidecar_means_no_metadata()
    {
        Assert.Null(SyntheticExtractMetadata.ReadBeside(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".csv")));
    }
}
