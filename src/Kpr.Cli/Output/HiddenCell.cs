namespace Kpr.Cli.Output;

/// <summary>A cell hidden by small-count protection: ":" in text and CSV (SSB's symbol for "cannot be
/// published"), null with a <c>&lt;column&gt;_suppressed: true</c> flag in JSON.</summary>
internal sealed class HiddenCell
{
    public static readonly HiddenCell Value = new();

    private HiddenCell()
    {
    }

    public override string ToString() => ":";
}
