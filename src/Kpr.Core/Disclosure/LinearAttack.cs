using Google.OrTools.LinearSolver;

namespace Kpr.Core.Disclosure;

/// <summary>
/// The intruder of the documented attacker model, as a linear programme solved by Google OR-Tools' GLOP: unknowns are
/// the finest cells (≥ 0); every shown figure fixes the sum of its finest cells; a hidden figure lies in
/// [lower, denominator] where lower is 1 when the publication shows its zeros (so a hidden count is never 0) and 0
/// otherwise. The feasible interval of a figure is [min, max] of its sum, rounded inwards (counts are integers).
/// </summary>
/// <remarks>
/// <para>Reduction before solving: finest cells inside a figure that is shown as 0 (and stays shown) are 0 and are
/// dropped; finest cells that lie in exactly the same figures are merged into one unknown (their sum). Every figure is
/// a row (unpublished ones free), so one call reads every figure's value of a solution.</para>
/// <para>Witnesses: every solution is a feasible table, so the range of values a figure takes over the solutions seen
/// so far lies inside its interval; a figure whose witnessed range is already wide enough needs no solve of its own.
/// Witnesses stay valid while figures are only hidden (the feasible set grows) and are dropped when one is shown.</para>
/// </remarks>
internal sealed class LinearAttack : IDisposable
{
    private const double Tolerance = 1e-6;

    // A programme that does not finish in this time is solved afresh; one that fails again is an error.
    private const long SolveMilliseconds = 20_000;

    private readonly Publication _publication;
    private readonly Solver _solver;
    private readonly Variable[] _vars;
    private readonly Constraint?[] _rows;

    // Every unknown is capped at twice the largest figure, so no programme is unbounded (GLOP's presolve may report
    // an unbounded maximum as infeasible) and the numbers stay of one scale; reaching the cap means no finite bound
    // (a bounded figure never exceeds the largest shown figure).
    private readonly double _cap;
    private readonly int[][] _figureVars;
    private readonly int[][] _varFigures;
    private readonly long[] _values;
    private readonly bool[] _published;
    private readonly bool[] _hidden;
    private readonly long[] _hiddenLower;
    private readonly double[] _seenLo;
    private readonly double[] _seenHi;

    /// <param name="publication">The publication.</param>
    /// <param name="hidden">Per figure: hidden now.</param>
    /// <param name="staysShown">Per figure: shown now and never hidden later (its zeros may be dropped).</param>
    /// <param name="hiddenLower">Per figure, the lower bound the intruder knows when it is hidden (1 when zeros are
    /// shown and it cannot be hidden for another reason, else 0).</param>
    public LinearAttack(Publication publication, bool[] hidden, bool[] staysShown, long[] hiddenLower)
    {
        _publication = publication;
        var figures = publication.FigureCells;
        var n = figures.Count;
        _values = figures.Select(f => f.Count).ToArray();
        _published = publication.FigurePublished.ToArray();
        _hidden = (bool[])hidden.Clone();
        _hiddenLower = hiddenLower;
        _seenLo = new double[n];
        _seenHi = new double[n];
        ForgetWitnesses();

        // Finest cells known to be 0.
        var zero = new bool[publication.FinestCellCount];
        for (var q = 0; q < n; q++)
        {
            if (_published[q] && staysShown[q] && _values[q] == 0)
            {
                foreach (var f in figures[q].Finest)
                {
                    zero[f] = true;
                }
            }
        }
        // Signature of each remaining finest cell: the figures it lies in. Equal signatures merge.
        var membership = new List<int>[publication.FinestCellCount];
        for (var q = 0; q < n; q++)
        {
            foreach (var f in figures[q].Finest)
            {
                if (!zero[f])
                {
                    (membership[f] ??= []).Add(q);
                }
            }
        }
        var bySignature = new Dictionary<string, int>(StringComparer.Ordinal);
        var varFigures = new List<int[]>();
        var figureVars = new List<int>[n];
        for (var q = 0; q < n; q++)
        {
            figureVars[q] = [];
        }
        foreach (var list in membership)
        {
            if (list is null)
            {
                continue;
            }
            var key = string.Join(',', list);
            if (!bySignature.TryGetValue(key, out var v))
            {
                v = varFigures.Count;
                bySignature[key] = v;
                varFigures.Add([.. list]);
                foreach (var q in list)
                {
                    figureVars[q].Add(v);
                }
            }
        }
        _varFigures = [.. varFigures];
        _figureVars = figureVars.Select(l => l.ToArray()).ToArray();

        _cap = 2.0 * Math.Max(1, _values.DefaultIfEmpty(0).Max()) + 10;
        _solver = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("OR-Tools' GLOP solver is not available.");
        _solver.SetTimeLimit(SolveMilliseconds);
        _vars = new Variable[_varFigures.Length];
        for (var v = 0; v < _vars.Length; v++)
        {
            _vars[v] = _solver.MakeNumVar(0, _cap, "");
        }
        _rows = new Constraint?[n];
        for (var q = 0; q < n; q++)
        {
            if (_figureVars[q].Length == 0)
            {
                if (_published[q] && !_hidden[q] && _values[q] != 0)
                {
                    throw new InvalidOperationException($"Figure ({string.Join(", ", figures[q].Codes)}) is {_values[q]} but lies only in cells shown as 0.");
                }
                continue;
            }
            var row = _solver.MakeConstraint(double.NegativeInfinity, double.PositiveInfinity, "");
            foreach (var v in _figureVars[q])
            {
                row.SetCoefficient(_vars[v], 1);
            }
            _rows[q] = row;
            SetBounds(q);
        }
    }

    /// <summary>The number of unknowns after the reduction.</summary>
    public int UnknownCount => _vars.Length;

    /// <summary>The number of linear programmes solved so far.</summary>
    public int Solves { get; private set; }

    public bool IsHidden(int figure) => _hidden[figure];

    /// <summary>Hides or shows a published figure. Showing one drops the witnesses unless
    /// <paramref name="witnessesStillValid"/> (they were all found while it was shown).</summary>
    public void SetHidden(int figure, bool hidden, bool witnessesStillValid = false)
    {
        if (_hidden[figure] == hidden)
        {
            return;
        }
        _hidden[figure] = hidden;
        SetBounds(figure);
        if (!hidden && !witnessesStillValid)
        {
            ForgetWitnesses();
        }
    }

    /// <summary>The figures sharing an unknown with a figure (itself included).</summary>
    public IEnumerable<int> Overlapping(int figure) => _figureVars[figure].SelectMany(v => _varFigures[v]).Distinct();

    /// <summary>Whether every unknown of <paramref name="inner"/> is an unknown of <paramref name="outer"/>.</summary>
    public bool Contains(int outer, int inner)
    {
        var set = _figureVars[outer];
        foreach (var v in _figureVars[inner])
        {
            if (Array.BinarySearch(set, v) < 0)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The number of unknowns of a figure.</summary>
    public int SizeOf(int figure) => _figureVars[figure].Length;

    /// <summary>
    /// The figures among <paramref name="targets"/> whose interval is narrower than demanded: <paramref name="width"/>
    /// for sensitive ones, 1 (not determined) for the others.
    /// </summary>
    public List<(int Figure, long Lower, long? Upper)> Exposed(IEnumerable<int> targets, bool[] sensitive, long width)
    {
        var exposed = new List<(int, long, long?)>();
        foreach (var q in targets)
        {
            var need = sensitive[q] ? Math.Max(1, width) : 1;
            if (!IsNarrow(q, need, out var lo, out var hi))
            {
                continue;
            }
            exposed.Add((q, lo, hi));
        }
        return exposed;
    }

    /// <summary>Whether a figure's interval is narrower than <paramref name="need"/>, with the interval when it is.</summary>
    public bool IsNarrow(int q, long need, out long lower, out long? upper, bool keepWitnesses = true)
    {
        lower = 0;
        upper = null;
        if (_figureVars[q].Length == 0)
        {
            // Lies only in cells shown as 0.
            upper = 0;
            return true;
        }
        if (_seenHi[q] - _seenLo[q] >= need - Tolerance)
        {
            return false;
        }
        var (min, _) = Solve(q, minimise: true, keepWitnesses);
        var (max, unbounded) = Solve(q, minimise: false, keepWitnesses);
        lower = (long)Math.Ceiling(min - Tolerance);
        upper = unbounded ? null : (long)Math.Floor(max + Tolerance);
        return upper is { } u && u - lower < need;
    }

    private (double Value, bool Unbounded) Solve(int q, bool minimise, bool keepWitnesses)
    {
        var objective = _solver.Objective();
        objective.Clear();
        foreach (var v in _figureVars[q])
        {
            objective.SetCoefficient(_vars[v], 1);
        }
        if (minimise)
        {
            objective.SetMinimization();
        }
        else
        {
            objective.SetMaximization();
        }
        Solves++;
        var status = _solver.Solve();
        if (status != Solver.ResultStatus.OPTIMAL)
        {
            // GLOP re-solves from the previous basis; if that fails, solve afresh without presolve.
            _solver.Reset();
            using var parameters = new MPSolverParameters();
            parameters.SetIntegerParam(MPSolverParameters.IntegerParam.PRESOLVE, (int)MPSolverParameters.PresolveValues.PRESOLVE_OFF);
            status = _solver.Solve(parameters);
        }
        if (status != Solver.ResultStatus.OPTIMAL)
        {
            // The true table is feasible, so anything else is a solver failure; never call a cell safe on it.
            throw new InvalidOperationException($"The disclosure LP ended with status {status}.");
        }
        var value = objective.Value();
        if (keepWitnesses)
        {
            var activities = _solver.ComputeConstraintActivities();
            for (var f = 0; f < _rows.Length; f++)
            {
                if (_rows[f] is { } row)
                {
                    var a = activities[row.Index()];
                    _seenLo[f] = Math.Min(_seenLo[f], a);
                    _seenHi[f] = Math.Max(_seenHi[f], a);
                }
            }
        }
        return !minimise && value >= _cap - 1 ? (double.PositiveInfinity, true) : (value, false);
    }

    private void SetBounds(int q)
    {
        if (_rows[q] is not { } row)
        {
            return;
        }
        if (!_published[q])
        {
            row.SetBounds(double.NegativeInfinity, double.PositiveInfinity);
        }
        else if (_hidden[q])
        {
            var upper = _publication.FigureCells[q].Denominator is { } d ? d : double.PositiveInfinity;
            row.SetBounds(Math.Min(_hiddenLower[q], _values[q]), upper);
        }
        else
        {
            row.SetBounds(_values[q], _values[q]);
        }
    }

    private void ForgetWitnesses()
    {
        for (var q = 0; q < _values.Length; q++)
        {
            // The true table is always a witness.
            _seenLo[q] = _seenHi[q] = _values[q];
        }
    }

    public void Dispose() => _solver.Dispose();
}
