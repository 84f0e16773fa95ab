namespace Kpr.Core.Aggregation;

/// <summary>What the numbers in a <see cref="Cube"/> count. The two kinds merge and add up differently.</summary>
public enum CountKind
{
    /// <summary>
    /// Distinct persons per cell (recipients). A person with several services in one cell counts once, so the
    /// <c>total</c> of a service dimension (code, group) can be less than the sum of its cells. Cubes of disjoint
    /// sets of persons add cell by cell.
    /// </summary>
    DistinctPersons = 0,

    /// <summary>
    /// Services (decisions) per cell (service starts). Each service is in exactly one cell of every dimension, so
    /// every <c>total</c> is the sum of its cells. Cubes of disjoint sets of services add cell by cell.
    /// </summary>
    Services = 1,
}
