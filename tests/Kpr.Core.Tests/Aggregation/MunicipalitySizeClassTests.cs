using Kpr.Core.Aggregation;
using Kpr.Core.Population;
using Kpr.Core.Regions;
using Kpr.Core.Register;
using Kpr.Core.Services;
using NodaTime;

namespace Kpr.Core.Tests.Aggregation;

/// <summary>The municipality size class dimension against SSB's 1 January figures read directly.</summary>
public class MunicipalitySizeClassTests
{
    private static ServiceEpisode Home(string person, MunicipalityCode municipality) =>
        new(person, 1950, Sex.Female, municipality, ServiceCode.FromNumber(15), new LocalDate(2021, 3, 1), null, null,
            Bistandsbehov.Uoppgitt, null, null, null);

    [Fact]
    public void Each_recipient_is_in_the_band_of_the_residence_municipality_population_on_1_January()
    {
        // One recipient in every municipality of 2021; the expected band comes from SSB's figure as given.
        var codes = PopulationTable.Default.CodesIn(2021);
        var register = EpisodeRegister.FromEpisodes(codes.Select((c, i) => Home("p" + i, c)));
        var cube = register.CountRecipients(CountingPeriod.YearEnd(2021), [Dimension.MunicipalitySizeClass]);
        string Band(double residents) => residents < 5000 ? "0-4999" : residents < 20000 ? "5000-19999" : "20000+";
        var expected = codes.GroupBy(c => Band(PopulationTable.Default.OnFirstJanuary(2021, c, AgeGroup.All).Value))
            .ToDictionary(g => g.Key, g => (long)g.Count());
        Assert.Equal(["0-4999", "5000-19999", "20000+"], cube.Axes[0].Values.ToArray());
        foreach (var band in cube.Axes[0].Values)
        {
            Assert.Equal(expected.GetValueOrDefault(band), cube.Count(band));
        }
        Assert.Equal(codes.Count, cube.GrandTotal); // additive: every person has one class
        Assert.True(expected.Values.All(n => n > 10)); // every band is populated in 2021
        Assert.Equal(0, cube.Unclassified);
    }

    [Fact]
    public void Other_limits_give_other_bands_and_the_name_parses()
    {
        Assert.Equal(Dimension.MunicipalitySizeClass, Dimension.Parse("municipality_size_class"));
        Assert.Equal(Dimension.MunicipalitySizeClass, Dimension.MunicipalitySizeClasses(5000, 20000));
        Assert.NotEqual(Dimension.MunicipalitySizeClass, Dimension.MunicipalitySizeClasses(10000));
        Assert.True(Dimension.MunicipalitySizeClass.IsAdditive);
        var register = EpisodeRegister.FromEpisodes([Home("a", MunicipalityCode.Parse("0301"))]);
        var cube = register.CountRecipients(CountingPeriod.YearEnd(2021), [Dimension.MunicipalitySizeClasses(10000, 1000000)]);
        Assert.Equal(["0-9999", "10000-999999", "1000000+"], cube.Axes[0].Values.ToArray());
        Assert.Equal(1, cube.GrandTotal);
        Assert.Throws<ArgumentException>(() => Dimension.MunicipalitySizeClasses(20000, 5000));
    }
}
