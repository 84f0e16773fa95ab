using System.Collections;
using System.Collections.Immutable;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using Kpr.Core.Services;
using NodaTime;
using Xunit.Abstractions;

namespace Kpr.Core.Tests;

/// <summary>
/// Library-wide conventions checked by reflection over every public type of Kpr.Core, Kpr.Core.Synthetic and Kpr.Core.Testing, so types
/// added later are covered without touching this file.
/// </summary>
/// <remarks>
/// <para><b>Immutability.</b> Public structs are <c>readonly struct</c>s. No public type has a public property setter
/// — <c>init</c> included, because object initialisers and <c>with</c> bypass validating factories (STYLE.md §6);
/// JSON deserialisation goes through a converter or a <c>[JsonConstructor]</c> constructor instead. No writable public
/// fields (instance or static), and no property or field typed as a mutable collection (arrays, <c>List&lt;T&gt;</c>,
/// <c>Dictionary</c>, <c>IList&lt;T&gt;</c>, …): expose <c>ImmutableArray&lt;T&gt;</c>, <c>IReadOnlyList&lt;T&gt;</c>
/// or frozen collections. Exceptions are checked for their own members only.</para>
/// <para><b>Null arguments</b> (MoreLINQ's NullArgumentTest): for every public method, operator and constructor
/// declared by these assemblies, and every reference-type parameter not annotated nullable (and not <c>out</c>), the
/// member is called with null there and valid non-null samples elsewhere; it must throw
/// <see cref="ArgumentNullException"/> with <c>ParamName</c> = the parameter's name, before returning (iterators and
/// async methods must check eagerly). So: check all null arguments first, then validate values.</para>
/// <para><b>Exemptions</b>: put <c>[ExemptFromConvention(ExemptFromConventionAttribute.Immutability |
/// .NullArguments, "reason")]</c> (Kpr.Core.Internal, internal) on the type, member or parameter. Samples for
/// parameter types that cannot be built automatically go in <see cref="Samples"/>.</para>
/// </remarks>
public class ApiConventionTests(ITestOutputHelper output)
{
    private const string ImmutabilityRule = "immutability";
    private const string NullArgumentsRule = "null-arguments";

    private static readonly Assembly[] Assemblies =
    [
        typeof(ServiceCode).Assembly,
        typeof(Kpr.Core.Synthetic.SyntheticRegister).Assembly,
        typeof(Kpr.Core.Testing.KprTestingInfo).Assembly,
    ];

    /// <summary>Hand-made samples for types the automatic builder cannot make (add yours here).</summary>
    private static readonly Dictionary<Type, Func<object>> Samples = new()
    {
        [typeof(string)] = () => "x",
        [typeof(object)] = () => new object(),
        [typeof(Type)] = () => typeof(object),
        [typeof(IFormatProvider)] = () => CultureInfo.InvariantCulture,
        [typeof(CultureInfo)] = () => CultureInfo.InvariantCulture,
        [typeof(Stream)] = () => new MemoryStream(),
        [typeof(TextWriter)] = () => new StringWriter(),
        [typeof(TextReader)] = () => new StringReader(""),
        [typeof(System.Text.StringBuilder)] = () => new System.Text.StringBuilder(),
        [typeof(Random)] = () => new Random(1),
        [typeof(Exception)] = () => new InvalidOperationException(),
        [typeof(System.Text.Json.Utf8JsonWriter)] = () => new System.Text.Json.Utf8JsonWriter(new MemoryStream()),
        [typeof(System.Text.Json.JsonSerializerOptions)] = () => new System.Text.Json.JsonSerializerOptions(),
        [typeof(IClock)] = () => NodaTime.SystemClock.Instance,
        [typeof(DateTimeZone)] = () => DateTimeZone.Utc,
        [typeof(ServiceCatalogue)] = () => ServiceCatalogue.Default,
        [typeof(ServiceGroup)] = () => ServiceCatalogue.Default.Groups[0],
        [typeof(ServiceGrouping)] = () => ServiceCatalogue.Default.HdirGrouping,
        [typeof(ServiceCodeInfo)] = () => ServiceCatalogue.Default.Codes[0],
        [typeof(Kpr.Core.Disclosure.TableDimension)] = () => Kpr.Core.Disclosure.TableDimension.WithTotal("sex", "0", "1", "2"),
        [typeof(Kpr.Core.Disclosure.CountTable)] = () => Kpr.Core.Disclosure.CountTable.Create([Kpr.Core.Disclosure.TableDimension.WithTotal("sex", "0", "1", "2")], [7, 3, 4]),
    };

    private static readonly Type[] MutableCollectionDefinitions =
    [
        typeof(List<>), typeof(Dictionary<,>), typeof(HashSet<>), typeof(SortedSet<>), typeof(SortedDictionary<,>),
        typeof(SortedList<,>), typeof(Queue<>), typeof(Stack<>), typeof(LinkedList<>), typeof(Collection<>),
        typeof(IList<>), typeof(ICollection<>), typeof(IDictionary<,>), typeof(ISet<>),
    ];

    private static IEnumerable<Type> PublicTypes() =>
        Assemblies.SelectMany(a => a.GetExportedTypes()).OrderBy(t => t.FullName, StringComparer.Ordinal);

    private static bool IsOurs(Type? type) => type is not null && Assemblies.Contains(type.Assembly);

    private static string? Exemption(ICustomAttributeProvider member, string rule) =>
        member.GetCustomAttributes(false)
            .Where(a => a.GetType().Name == "ExemptFromConventionAttribute")
            .Select(a => (Convention: a.GetType().GetProperty("Convention")?.GetValue(a) as string, Reason: a.GetType().GetProperty("Reason")?.GetValue(a) as string))
            .Where(a => a.Convention == rule)
            .Select(a => a.Reason ?? "(no reason)")
            .FirstOrDefault();

    private static string? Exemption(MemberInfo member, string rule) =>
        Exemption((ICustomAttributeProvider)member, rule) ?? (member.DeclaringType is { } t ? Exemption((ICustomAttributeProvider)t, rule) : null);

    // ---------------------------------------------------------------- immutability

    [Fact]
    public void Every_public_type_is_immutable()
    {
        var problems = new List<string>();
        foreach (var type in PublicTypes())
        {
            if (type.IsInterface || type.IsEnum || typeof(Delegate).IsAssignableFrom(type))
            {
                continue;
            }
            if (Exemption((ICustomAttributeProvider)type, ImmutabilityRule) is { } why)
            {
                output.WriteLine($"exempt: {type.FullName}: {why}");
                continue;
            }
            if (type.IsValueType && !type.IsDefined(typeof(IsReadOnlyAttribute), false))
            {
                problems.Add($"{type.FullName}: a public struct must be a 'readonly struct'.");
            }
            const BindingFlags all = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static;
            foreach (var property in type.GetProperties(all).Where(p => IsOurs(p.DeclaringType)))
            {
                if (Exemption(property, ImmutabilityRule) is not null)
                {
                    continue;
                }
                if (property.SetMethod is { IsPublic: true } setter)
                {
                    var init = setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
                    problems.Add($"{type.FullName}.{property.Name}: public {(init ? "init" : "set")} accessor (make it get-only; set through a factory or constructor).");
                }
                if (IsMutableCollection(property.PropertyType))
                {
                    problems.Add($"{type.FullName}.{property.Name}: exposes a mutable collection {Describe(property.PropertyType)} (use ImmutableArray<T>, IReadOnlyList<T> or a frozen collection).");
                }
            }
            foreach (var field in type.GetFields(all).Where(f => IsOurs(f.DeclaringType)))
            {
                if (Exemption(field, ImmutabilityRule) is not null || field.IsLiteral)
                {
                    continue;
                }
                if (!field.IsInitOnly)
                {
                    problems.Add($"{type.FullName}.{field.Name}: writable public {(field.IsStatic ? "static " : "")}field (make it readonly or a get-only property).");
                }
                else if (IsMutableCollection(field.FieldType))
                {
                    problems.Add($"{type.FullName}.{field.Name}: exposes a mutable collection {Describe(field.FieldType)}.");
                }
            }
        }
        Assert.True(problems.Count == 0, "Mutable public API (fix, or exempt with [ExemptFromConvention(ExemptFromConventionAttribute.Immutability, \"reason\")]):\n" + string.Join("\n", problems));
    }

    private static bool IsMutableCollection(Type type) =>
        type.IsArray || (type.IsGenericType && MutableCollectionDefinitions.Contains(type.GetGenericTypeDefinition()));

    private static string Describe(Type type) =>
        type.IsGenericType ? $"{type.Name.Split('`')[0]}<{string.Join(", ", type.GetGenericArguments().Select(Describe))}>" : type.Name;

    [Fact]
    public void Immutability_check_catches_a_mutable_type()
    {
        // The checks above must be able to fail: they see these problems in a deliberately bad type.
        var setter = typeof(MutableExample).GetProperty(nameof(MutableExample.Settable))!.SetMethod;
        var init = typeof(MutableExample).GetProperty(nameof(MutableExample.InitOnly))!.SetMethod!;
        Assert.True(setter is { IsPublic: true });
        Assert.Contains(typeof(IsExternalInit), init.ReturnParameter.GetRequiredCustomModifiers());
        Assert.True(IsMutableCollection(typeof(MutableExample).GetProperty(nameof(MutableExample.Items))!.PropertyType));
        Assert.False(typeof(MutableExample).GetField(nameof(MutableExample.Field))!.IsInitOnly);
        Assert.False(typeof(MutableStruct).IsDefined(typeof(IsReadOnlyAttribute), false));
        Assert.True(typeof(ServiceCode).IsDefined(typeof(IsReadOnlyAttribute), false));
        Assert.False(IsMutableCollection(typeof(ImmutableArray<int>)));
        Assert.False(IsMutableCollection(typeof(IReadOnlyList<int>)));
    }

    public sealed class MutableExample
    {
        public int Settable { get; set; }
        public int InitOnly { get; init; }
        public List<int> Items { get; } = [];
#pragma warning disable CA1051
        public int Field;
#pragma warning restore CA1051
    }

    public struct MutableStruct
    {
        public int Value { get; set; }
    }

    // ---------------------------------------------------------------- null arguments

    [Fact]
    public void Null_argument_cases_are_found()
    {
        var ids = EnumerateNullArgumentCases().Select(c => c.Id).ToList();
        Assert.Contains(ids, id => id.StartsWith("Kpr.Core.Services.ServiceCode.Parse(String text)", StringComparison.Ordinal));
        Assert.Contains(ids, id => id.StartsWith("Kpr.Core.Services.ServiceGroup.Create(", StringComparison.Ordinal) && id.EndsWith("[codes]", StringComparison.Ordinal));
        Assert.DoesNotContain(ids, id => id.Contains("TryParse(String text", StringComparison.Ordinal)); // nullable: skipped
    }

    [Fact]
    public void Every_public_member_rejects_null_arguments()
    {
        var failures = new List<string>();
        var untestable = new List<string>();
        var passed = 0;
        foreach (var (id, member, parameter) in EnumerateNullArgumentCases())
        {
            var outcome = CheckNullArgument(member, parameter);
            switch (outcome)
            {
                case null: passed++; break;
                case { } text when text.StartsWith("untestable:", StringComparison.Ordinal): untestable.Add($"{id}: {text}"); break;
                case { } text: failures.Add($"{id}: {text}"); break;
            }
        }
        output.WriteLine($"{passed} null-argument cases passed; {untestable.Count} could not be run:");
        foreach (var line in untestable)
        {
            output.WriteLine("  " + line);
        }
        Assert.True(passed > 0);
        Assert.True(failures.Count == 0,
            "Public members that do not reject a null argument with ArgumentNullException(paramName) "
            + "(fix, or exempt with [ExemptFromConvention(ExemptFromConventionAttribute.NullArguments, \"reason\")]):\n"
            + string.Join("\n", failures));
    }

    [Fact]
    public void Null_argument_check_catches_a_member_that_does_not_check()
    {
        var unchecked_ = typeof(NullArgumentExamples).GetMethod(nameof(NullArgumentExamples.DoesNotCheck))!;
        var wrongName = typeof(NullArgumentExamples).GetMethod(nameof(NullArgumentExamples.WrongName))!;
        var good = typeof(NullArgumentExamples).GetMethod(nameof(NullArgumentExamples.Checks))!;
        Assert.NotNull(CheckNullArgument(unchecked_, unchecked_.GetParameters()[0]));
        Assert.NotNull(CheckNullArgument(wrongName, wrongName.GetParameters()[1]));
        Assert.Null(CheckNullArgument(good, good.GetParameters()[1]));
    }

    public static class NullArgumentExamples
    {
        public static int DoesNotCheck(string text) => text?.Length ?? 0;
        public static void WrongName(string a, string b)
        {
            ArgumentNullException.ThrowIfNull(a);
            ArgumentNullException.ThrowIfNull(b, "a");
        }
        public static void Checks(string a, IEnumerable<ServiceCode> b)
        {
            ArgumentNullException.ThrowIfNull(a);
            ArgumentNullException.ThrowIfNull(b);
        }
    }

    private static IEnumerable<(string Id, MethodBase Member, ParameterInfo Parameter)> EnumerateNullArgumentCases()
    {
        var nullability = new NullabilityInfoContext();
        foreach (var type in PublicTypes())
        {
            if (type.IsInterface || type.IsEnum || typeof(Delegate).IsAssignableFrom(type))
            {
                continue;
            }
            var closedType = CloseGeneric(type);
            if (closedType is null)
            {
                continue;
            }
            const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            var members = closedType.GetConstructors(flags).Cast<MethodBase>()
                .Concat(closedType.GetMethods(flags).Where(m => !m.IsAbstract && (!m.IsSpecialName || m.Name.StartsWith("op_", StringComparison.Ordinal))));
            if (type.IsAbstract && !type.IsSealed)
            {
                members = members.Where(m => m.IsStatic);
            }
            foreach (var original in members)
            {
                if (Exemption(original, NullArgumentsRule) is not null)
                {
                    continue;
                }
                var member = original is MethodInfo { IsGenericMethodDefinition: true } generic ? CloseGeneric(generic) : original;
                if (member is null)
                {
                    continue;
                }
                foreach (var parameter in member.GetParameters())
                {
                    var parameterType = parameter.ParameterType.IsByRef ? parameter.ParameterType.GetElementType()! : parameter.ParameterType;
                    if (parameter.IsOut || parameterType.IsValueType || parameterType.IsPointer || parameterType.IsGenericParameter
                        || Exemption(parameter, NullArgumentsRule) is not null)
                    {
                        continue;
                    }
                    var info = nullability.Create(parameter);
                    if (info.WriteState == NullabilityState.Nullable || info.ReadState == NullabilityState.Nullable)
                    {
                        continue;
                    }
                    yield return ($"{type.FullName}.{Signature(original)} [{parameter.Name}]", member, parameter);
                }
            }
        }
    }

    private static string Signature(MethodBase member) =>
        $"{(member is ConstructorInfo ? "ctor" : member.Name)}({string.Join(", ", member.GetParameters().Select(p => $"{Describe(p.ParameterType)} {p.Name}"))})";

    /// <summary>Runs one case: null for <paramref name="parameter"/>, samples elsewhere. Returns null when the member
    /// behaves, "untestable: …" when no samples could be built, or what went wrong.</summary>
    private static string? CheckNullArgument(MethodBase member, ParameterInfo parameter)
    {
        if (member.GetParameters().Any(p => p.ParameterType.IsByRefLike || (p.ParameterType.IsByRef && p.ParameterType.GetElementType()!.IsByRefLike)))
        {
            return "untestable: a span-like parameter cannot be passed by reflection";
        }
        var args = new object?[member.GetParameters().Length];
        foreach (var p in member.GetParameters())
        {
            if (p.Position == parameter.Position)
            {
                continue;
            }
            var type = p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType;
            if (p.IsOut)
            {
                continue;
            }
            if (!TrySample(type, 0, out var sample))
            {
                return $"untestable: no sample for parameter {p.Name} of type {Describe(type)} (add one to ApiConventionTests.Samples)";
            }
            args[p.Position] = sample;
        }
        object? target = null;
        if (!member.IsStatic && member is not ConstructorInfo)
        {
            if (!TrySample(member.DeclaringType!, 0, out target))
            {
                return $"untestable: no sample instance of {Describe(member.DeclaringType!)} (add one to ApiConventionTests.Samples)";
            }
        }
        try
        {
            var result = member is ConstructorInfo ctor ? ctor.Invoke(args) : member.Invoke(target, args);
            return result switch
            {
                Task task when task.Exception?.InnerException is ArgumentNullException e2 && e2.ParamName == parameter.Name =>
                    "the check is inside the returned Task (check before the first await)",
                IEnumerable sequence and not string when Throws(sequence) is ArgumentNullException e3 && e3.ParamName == parameter.Name =>
                    "the check is deferred until enumeration (check eagerly, then return a local iterator)",
                _ => "no exception was thrown",
            };
        }
        catch (TargetInvocationException e) when (e.InnerException is ArgumentNullException ane)
        {
            return ane.ParamName == parameter.Name ? null : $"ArgumentNullException names '{ane.ParamName}' instead of '{parameter.Name}'";
        }
        catch (TargetInvocationException e)
        {
            return $"threw {e.InnerException?.GetType().Name} instead of ArgumentNullException: {e.InnerException?.Message}";
        }
    }

    private static Exception? Throws(IEnumerable sequence)
    {
        try
        {
            foreach (var _ in sequence)
            {
                break;
            }
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }

    private static Type? CloseGeneric(Type type)
    {
        if (!type.IsGenericTypeDefinition)
        {
            return type;
        }
        foreach (var candidate in GenericCandidates(type.GetGenericArguments().Length))
        {
            try
            {
                return type.MakeGenericType(candidate);
            }
            catch (ArgumentException)
            {
                // constraint violated: try the next candidate
            }
        }
        return null;
    }

    private static MethodInfo? CloseGeneric(MethodInfo method)
    {
        foreach (var candidate in GenericCandidates(method.GetGenericArguments().Length))
        {
            try
            {
                return method.MakeGenericMethod(candidate);
            }
            catch (ArgumentException)
            {
                // constraint violated: try the next candidate
            }
        }
        return null;
    }

    private static IEnumerable<Type[]> GenericCandidates(int arity)
    {
        Type[] choices = [typeof(object), typeof(string), typeof(int), typeof(ServiceCode), typeof(double)];
        foreach (var choice in choices)
        {
            yield return Enumerable.Repeat(choice, arity).ToArray();
        }
    }

    /// <summary>Builds a valid non-null sample of a type: hand-made samples first, then collections, delegates,
    /// value types, static instances of the type, and finally its public constructors and factories.</summary>
    private static bool TrySample(Type type, int depth, out object? sample)
    {
        sample = null;
        if (depth > 4)
        {
            return false;
        }
        if (Samples.TryGetValue(type, out var make))
        {
            sample = make();
            return true;
        }
        if (type.IsEnum)
        {
            var values = Enum.GetValues(type);
            sample = values.Length > 0 ? values.GetValue(0) : Activator.CreateInstance(type);
            return true;
        }
        if (type.IsArray)
        {
            sample = Array.CreateInstance(type.GetElementType()!, 0);
            return true;
        }
        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            var args = type.GetGenericArguments();
            if (definition == typeof(ImmutableArray<>))
            {
                sample = type.GetField("Empty")!.GetValue(null);
                return true;
            }
            if (definition == typeof(Nullable<>))
            {
                return TrySample(args[0], depth + 1, out sample);
            }
            if (definition is var d && (d == typeof(IEnumerable<>) || d == typeof(IReadOnlyList<>) || d == typeof(IReadOnlyCollection<>)
                || d == typeof(IList<>) || d == typeof(ICollection<>)))
            {
                sample = Array.CreateInstance(args[0], 0);
                return true;
            }
            if (definition == typeof(IReadOnlyDictionary<,>) || definition == typeof(IDictionary<,>) || definition == typeof(Dictionary<,>))
            {
                sample = Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(args));
                return true;
            }
            if (definition == typeof(ISet<>) || definition == typeof(IReadOnlySet<>) || definition == typeof(HashSet<>))
            {
                sample = Activator.CreateInstance(typeof(HashSet<>).MakeGenericType(args));
                return true;
            }
            if (definition == typeof(List<>))
            {
                sample = Activator.CreateInstance(type);
                return true;
            }
        }
        if (typeof(Delegate).IsAssignableFrom(type) && type != typeof(Delegate) && type != typeof(MulticastDelegate))
        {
            var invoke = type.GetMethod("Invoke")!;
            var parameters = invoke.GetParameters().Select(p => Expression.Parameter(p.ParameterType, p.Name)).ToArray();
            Expression body = invoke.ReturnType == typeof(void)
                ? Expression.Empty()
                : TrySample(invoke.ReturnType, depth + 1, out var value) ? Expression.Constant(value, invoke.ReturnType) : Expression.Default(invoke.ReturnType);
            sample = Expression.Lambda(type, body, parameters).Compile();
            return true;
        }
        if (type.IsValueType && !IsOurs(type))
        {
            sample = Activator.CreateInstance(type);
            return true;
        }
        if (type.IsAbstract || type.IsInterface)
        {
            // A concrete public type of ours that implements it.
            foreach (var implementation in PublicTypes().Where(t => !t.IsAbstract && !t.IsInterface && !t.IsGenericTypeDefinition && type.IsAssignableFrom(t)))
            {
                if (TrySample(implementation, depth + 1, out sample))
                {
                    return true;
                }
            }
            return false;
        }
        // Our own types: a static property or field of the type (Default, Empty, …), then factories and constructors.
        const BindingFlags statics = BindingFlags.Public | BindingFlags.Static;
        foreach (var property in type.GetProperties(statics).Where(p => p.PropertyType == type && p.GetIndexParameters().Length == 0))
        {
            if (TryInvoke(() => property.GetValue(null), out sample))
            {
                return true;
            }
        }
        foreach (var field in type.GetFields(statics).Where(f => f.FieldType == type))
        {
            if (TryInvoke(() => field.GetValue(null), out sample))
            {
                return true;
            }
        }
        var factories = type.GetMethods(statics)
            .Where(m => m.ReturnType == type && !m.IsSpecialName && !m.IsGenericMethodDefinition && !m.GetParameters().Any(p => p.IsOut || p.ParameterType.IsByRef || p.ParameterType.IsByRefLike))
            .Cast<MethodBase>()
            .Concat(type.GetConstructors().Where(c => !c.GetParameters().Any(p => p.ParameterType.IsByRef || p.ParameterType.IsByRefLike)))
            .OrderBy(m => m.GetParameters().Length);
        foreach (var factory in factories)
        {
            var args = new object?[factory.GetParameters().Length];
            var ok = true;
            foreach (var p in factory.GetParameters())
            {
                if (!TrySample(p.ParameterType, depth + 1, out args[p.Position]))
                {
                    ok = false;
                    break;
                }
            }
            if (ok && TryInvoke(() => factory is ConstructorInfo c ? c.Invoke(args) : factory.Invoke(null, args), out sample))
            {
                return true;
            }
        }
        if (type.IsValueType)
        {
            sample = Activator.CreateInstance(type);
            return true;
        }
        return false;
    }

    private static bool TryInvoke(Func<object?> make, out object? value)
    {
        try
        {
            value = make();
            return value is not null;
        }
        catch (TargetInvocationException)
        {
            value = null;
            return false;
        }
    }
}
