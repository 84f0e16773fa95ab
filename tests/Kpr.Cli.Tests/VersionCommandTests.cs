namespace Kpr.Cli.Tests;

public class VersionCommandTests
{
    [Fact]
    public void Version_prints_both_assemblies()
    {
        var (code, stdout, _) = CliRunner.Run("version");
        Assert.Equal(0, code);
        Assert.Contains("kpr ", stdout);
        Assert.Contains("Kpr.Core ", stdout);
    }

    [Fact]
    public void Unknown_command_fails_with_message_on_stderr()
    {
        var (code, _, stderr) = CliRunner.Run("no-such-command");
        Assert.NotEqual(0, code);
        Assert.False(string.IsNullOrWhiteSpace(stderr));
    }
}
