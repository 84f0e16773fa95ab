namespace Kpr.Core.Testing;

/// <summary>Facts about the testing package.</summary>
public static class KprTestingInfo
{
    /// <summary>The default seed of the synthetic register generator.</summary>
    public const int DefaultSeed = Kpr.Core.Synthetic.SyntheticRegisterOptions.DefaultSeed;
}
