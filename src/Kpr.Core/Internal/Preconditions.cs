using System.Runtime.CompilerServices;

namespace Kpr.Core.Internal;

/// <summary>Argument checks shared by the library, so every public member fails the same way.</summary>
internal static class Preconditions
{
    public static T CheckNotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : class
    {
        if (value is null)
        {
            throw new ArgumentNullException(paramName);
        }
        return value;
    }

    public static void CheckArgument(bool condition, string paramName, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    public static void CheckRange(long value, long min, long max, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"Value must be in [{min}, {max}].");
        }
    }
}
