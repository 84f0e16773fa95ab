using Kpr.Core.Services;

namespace Kpr.Core.Aggregation;

/// <summary>
/// Choices for the monthly comparison. The default follows the published method: February–December (January left out
/// because the 2020 municipal mergers inflated January starts), raw monthly counts, velferdsteknologi and bolig left out.
/// </summary>
public sealed class MonthlyComparisonOptions
{
    private MonthlyComparisonOptions(bool includeJanuary, bool perDay, ServiceSelection services)
    {
        IncludeJanuary = includeJanuary;
        PerDay = perDay;
        Services = services;
    }

    /// <summary>February–December, raw counts, <see cref="ServiceSelection.MonthlyComparisonDefault"/>.</summary>
    public static MonthlyComparisonOptions Default { get; } = new(false, false, ServiceSelection.MonthlyComparisonDefault);

    /// <summary>Whether January is compared too.</summary>
    public bool IncludeJanuary { get; }

    /// <summary>Whether the change compares starts per day of the month (removes the 29 February effect).</summary>
    public bool PerDay { get; }

    /// <summary>The services counted.</summary>
    public ServiceSelection Services { get; }

    /// <summary>A copy with January included or not.</summary>
    /// <param name="include">Whether to include January.</param>
    public MonthlyComparisonOptions WithJanuary(bool include) => new(include, PerDay, Services);

    /// <summary>A copy comparing per day of the month or not.</summary>
    /// <param name="perDay">Whether to compare per day.</param>
    public MonthlyComparisonOptions WithPerDay(bool perDay) => new(IncludeJanuary, perDay, Services);

    /// <summary>A copy counting other services.</summary>
    /// <param name="services">The services.</param>
    public MonthlyComparisonOptions WithServices(ServiceSelection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return new(IncludeJanuary, PerDay, services);
    }

    /// <summary>A copy counting only one service group of the catalogue (e.g. <c>hjemmeboende</c>).</summary>
    /// <param name="groupId">The group id.</param>
    public MonthlyComparisonOptions WithServiceGroup(string groupId)
    {
        ArgumentNullException.ThrowIfNull(groupId);
        return WithServices(ServiceSelection.Groups(ServiceCatalogue.Default, groupId));
    }

    /// <summary>The choices in words.</summary>
    public override string ToString() =>
        $"{(IncludeJanuary ? "January-December" : "February-December")}, {(PerDay ? "per day" : "per month")}, {Services}";
}
