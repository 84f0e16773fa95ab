using System.CommandLine;
using System.Reflection;

namespace Kpr.Cli.Commands;

/// <summary><c>kpr version</c>: prints the tool and library versions.</summary>
internal static class VersionCommand
{
    public static Command Create()
    {
        var command = new Command("version", "Print the versions of kpr and Kpr.Core.");
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            output.WriteLine($"kpr {Version(typeof(VersionCommand).Assembly)}");
            output.WriteLine($"Kpr.Core {Version(typeof(Kpr.Core.KprCoreInfo).Assembly)}");
            return KprApp.Success;
        });
        return command;
    }

    private static string Version(Assembly assembly) =>
        assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? assembly.GetName().Version?.ToString() ?? "unknown";
}
