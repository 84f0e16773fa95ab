namespace Kpr.Core.Extracts;

/// <summary>An extract that cannot be read at all (no header, required columns missing, not a text file).</summary>
public sealed class ExtractFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and where, without record contents.</param>
    public ExtractFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and where, without record contents.</param>
    /// <param name="inner">The cause.</param>
    public ExtractFormatException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
