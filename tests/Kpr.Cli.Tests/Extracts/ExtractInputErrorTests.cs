using Kpr.Core.Extracts;

namespace Kpr.Cli.Tests.Extracts;

public class ExtractInputErrorTests
{
    [Fact]
    public void Empty_file_is_an_input_error_not_a_crash()
    {
        var path = Path.GetTempFileName();
        try
        {
            var (code, _, stderr) = CliRunner.Run("validate", "--input", path);
            Assert.Equal(KprApp.InputError, code);
            Assert.False(string.IsNullOrWhiteSpace(stderr));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Header_only_file_has_no_rows_and_exit_0()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, string.Join(',', ExtractSchema.Columns) + "\n");
            var (code, stdout, _) = CliRunner.Run("validate", "--input", path);
            Assert.Equal(0, code);
            Assert.Contains("rows_read", stdout);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
