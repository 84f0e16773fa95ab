namespace Kpr.Core.Formatting;

/// <summary>
/// Convention-based formatter registration for notebooks: .NET Interactive finds an attribute with exactly this name
/// by reflection (no package dependency), then asks the source for formatters. See docs and
/// shared guides NOTEBOOKS.md §4.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
internal sealed class TypeFormatterSourceAttribute : Attribute
{
    public TypeFormatterSourceAttribute(Type formatterSourceType) => FormatterSourceType = formatterSourceType;

    public Type FormatterSourceType { get; }

    public string[] PreferredMimeTypes { get; set; } = ["text/html", "text/plain"];
}
