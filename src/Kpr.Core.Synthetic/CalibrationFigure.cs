using System.Globalization;

namespace Kpr.Core.Synthetic;

/// <summary>
/// One published national figure next to the synthetic register's value: a level (relative tolerance), a change (a
/// tolerance in percentage points, and the sign must agree), or a shape (a stated condition).
/// </summary>
/// <threadsafety>Immutable.</threadsafety>
public sealed class CalibrationFigure
{
    internal CalibrationFigure(string id, string figure, double published, string source, double synthetic, double tolerance,
        CalibrationKind kind, string unit, bool? shapeHolds = null, string? shape = null)
    {
        Id = id;
        Figure = figure;
        Published = published;
        Source = source;
        Synthetic = synthetic;
        Tolerance = tolerance;
        Kind = kind;
        Unit = unit;
        IsWithinTolerance = kind switch
        {
            CalibrationKind.Level => Math.Abs(synthetic - published) <= tolerance * Math.Abs(published),
            CalibrationKind.Change => Math.Abs(synthetic - published) <= tolerance
                && (Math.Abs(published) < tolerance || Math.Sign(synthetic) == Math.Sign(published)),
            _ => shapeHolds ?? false,
        };
        Shape = shape;
    }

    /// <summary>A stable id, e.g. <c>during_2021</c>.</summary>
    public string Id { get; }

    /// <summary>What is compared (English).</summary>
    public string Figure { get; }

    /// <summary>The published value (for a shape: the published value it is compared with, or NaN).</summary>
    public double Published { get; }

    /// <summary>Where the published value comes from (the source keys of shared/domain/kpr-domain-notes.md).</summary>
    public string Source { get; }

    /// <summary>The synthetic register's value, scaled to the country by the sampling fraction for counts.</summary>
    public double Synthetic { get; }

    /// <summary>The tolerance: a relative one for levels (0.05 = ±5 %), percentage points for changes.</summary>
    public double Tolerance { get; }

    /// <summary>Level, change or shape.</summary>
    public CalibrationKind Kind { get; }

    /// <summary>The unit of <see cref="Published"/> and <see cref="Synthetic"/>: <c>persons</c>, <c>%</c>, <c>per 1000</c>, <c>ratio</c>.</summary>
    public string Unit { get; }

    /// <summary>For a shape, the condition checked (English); null otherwise.</summary>
    public string? Shape { get; }

    /// <summary>Whether the synthetic value is within the tolerance (for a change also of the same sign, unless the
    /// published change is smaller than the tolerance; for a shape, whether the condition holds).</summary>
    public bool IsWithinTolerance { get; }

    /// <summary>The difference as shown in the table: relative for levels, percentage points for changes.</summary>
    public string Difference => Kind switch
    {
        CalibrationKind.Level => string.Create(CultureInfo.InvariantCulture, $"{100 * (Synthetic - Published) / Published:+0.0;−0.0;0.0} %"),
        CalibrationKind.Change => string.Create(CultureInfo.InvariantCulture, $"{Synthetic - Published:+0.0;−0.0;0.0} pp"),
        _ => IsWithinTolerance ? "holds" : "fails",
    };

    /// <summary>A value formatted as in the table (thousands separated for persons, one decimal otherwise).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public string Format(double value) => double.IsNaN(value)
        ? "–"
        : Unit == "persons"
            ? value.ToString("#,0", CultureInfo.InvariantCulture).Replace(",", " ", StringComparison.Ordinal)
            : value.ToString("0.0#", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Id}: published {Format(Published)} {Unit}, synthetic {Format(Synthetic)} ({Difference}, {(IsWithinTolerance ? "within" : "OUTSIDE")} tolerance)");
}
