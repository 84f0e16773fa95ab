using Kpr.Core.Population;
using Kpr.Core.Regions;
using Kpr.Core.Services;

namespace Kpr.Core.Aggregation;

/// <summary>
/// The reference tables a question on a register is answered with: the service catalogue (codes and groupings), the
/// helsefellesskap membership table (which municipality belongs where, for the helsefellesskap and regional health
/// authority dimensions and their populations) and the population table (denominators, size classes).
/// <see cref="Default"/> uses the built-in tables; a user's own membership table (e.g.
/// <see cref="HelsefellesskapDirectory.ParseCsv"/>) changes both the counts and the denominators.
/// </summary>
/// <remarks>Immutable. Two contexts with the same three tables (by reference) answer the same.</remarks>
public sealed class AggregationContext
{
    private static readonly Lazy<AggregationContext> LazyDefault =
        new(() => new(ServiceCatalogue.Default, HelsefellesskapDirectory.Default, PopulationTable.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    private AggregationContext(ServiceCatalogue catalogue, HelsefellesskapDirectory directory, PopulationTable population)
    {
        Catalogue = catalogue;
        Directory = directory;
        Population = population;
    }

    /// <summary>The built-in catalogue, membership table and population (SSB 07459).</summary>
    public static AggregationContext Default => LazyDefault.Value;

    /// <summary>The service catalogue.</summary>
    public ServiceCatalogue Catalogue { get; }

    /// <summary>The helsefellesskap membership table.</summary>
    public HelsefellesskapDirectory Directory { get; }

    /// <summary>The population table.</summary>
    public PopulationTable Population { get; }

    /// <summary>A context from the given tables; each one not given is the built-in one.</summary>
    /// <param name="catalogue">The service catalogue, or null for <see cref="ServiceCatalogue.Default"/>.</param>
    /// <param name="directory">The membership table, or null for <see cref="HelsefellesskapDirectory.Default"/>.</param>
    /// <param name="population">The population table, or null for <see cref="PopulationTable.Default"/>.</param>
    /// <returns>The context.</returns>
    public static AggregationContext Create(ServiceCatalogue? catalogue = null, HelsefellesskapDirectory? directory = null, PopulationTable? population = null) =>
        new(catalogue ?? ServiceCatalogue.Default, directory ?? HelsefellesskapDirectory.Default, population ?? PopulationTable.Default);

    /// <summary>This context with another membership table.</summary>
    /// <param name="directory">The membership table.</param>
    /// <returns>The new context.</returns>
    public AggregationContext WithDirectory(HelsefellesskapDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return new(Catalogue, directory, Population);
    }

    /// <summary>This context with another population table.</summary>
    /// <param name="population">The population table.</param>
    /// <returns>The new context.</returns>
    public AggregationContext WithPopulation(PopulationTable population)
    {
        ArgumentNullException.ThrowIfNull(population);
        return new(Catalogue, Directory, population);
    }

    /// <summary>The tables, for caching bound dimensions.</summary>
    internal (ServiceCatalogue, HelsefellesskapDirectory, PopulationTable) Key => (Catalogue, Directory, Population);

    /// <summary>The tables' names.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() =>
        (ReferenceEquals(Directory, HelsefellesskapDirectory.Default) ? "built-in membership" : "own membership table")
        + (ReferenceEquals(Population, PopulationTable.Default) ? ", SSB 07459 population" : ", own population table");
}
