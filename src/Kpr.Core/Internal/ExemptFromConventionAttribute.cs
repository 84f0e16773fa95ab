namespace Kpr.Core.Internal;

/// <summary>
/// Exempts a type or member from one of the library-wide API convention tests
/// (tests/Kpr.Core.Tests/ApiConventionTests.cs), with the reason written down where the exemption is.
/// Usage: <c>[ExemptFromConvention(ExemptFromConventionAttribute.Immutability, "a builder: mutable by design")]</c>.
/// Internal, so it is no part of the public API; Kpr.Core.Testing sees it through InternalsVisibleTo.
/// The test matches the attribute by name, so an identically named attribute in another assembly works too.
/// </summary>
[AttributeUsage(
    AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Method | AttributeTargets.Constructor
    | AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter,
    AllowMultiple = true, Inherited = false)]
internal sealed class ExemptFromConventionAttribute(string convention, string reason) : Attribute
{
    /// <summary>Every public type is immutable: readonly structs; no public setters (not even <c>init</c>), no
    /// writable public fields, no exposed mutable collections.</summary>
    public const string Immutability = "immutability";

    /// <summary>Every public method and constructor throws <see cref="ArgumentNullException"/> naming the parameter
    /// for a null reference argument not annotated as nullable.</summary>
    public const string NullArguments = "null-arguments";

    /// <summary>Which convention (<see cref="Immutability"/> or <see cref="NullArguments"/>).</summary>
    public string Convention { get; } = convention;

    /// <summary>Why the member is exempt (shown by the test).</summary>
    public string Reason { get; } = reason;
}
