using System.CommandLine;
using Kpr.Cli.Output;
using Kpr.Core.Services;
using NodaTime;
using NodaTime.Text;

namespace Kpr.Cli.Commands;

/// <summary><c>kpr codes [--on YYYY-MM-DD] [--format table|csv|json]</c>: the service codes valid on a date, with
/// their Helsedirektoratet group. Columns (a public contract): code,name,name_en,group,valid_from,valid_to.</summary>
internal static class CodesCommand
{
    public static Command Create()
    {
        var on = new Option<string?>("--on")
        {
            Description = "The date, YYYY-MM-DD (default: today in Norway).",
        };
        var format = CliOptions.Format();
        var command = new Command("codes", "List the KPR service codes valid on a date, with their service group.");
        command.Options.Add(on);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            var date = ParseDate(parse.GetValue(on));
            var table = new TabularResult("code", "name", "name_en", "group", "valid_from", "valid_to");
            foreach (var info in ServiceCatalogue.Default.ValidOn(date))
            {
                table.Add(
                    info.Code.ToString(), info.Name, info.NameEn, info.Group.Id,
                    info.ValidFrom is { } from ? LocalDatePattern.Iso.Format(from) : null,
                    info.ValidTo is { } to ? LocalDatePattern.Iso.Format(to) : null);
            }
            table.Write(parse.InvocationConfiguration.Output, parse.GetValue(format));
            return KprApp.Success;
        });
        return command;
    }

    private static LocalDate ParseDate(string? text)
    {
        if (text is null)
        {
            // The only clock read in kpr: "today" is the calendar date in Norway.
            return SystemClock.Instance.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Europe/Oslo"]).Date;
        }
        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success
            ? result.Value
            : throw new CliException($"--on: '{text}' is not a date; use YYYY-MM-DD, e.g. 2021-06-01.");
    }
}
