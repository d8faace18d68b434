using System.Linq.Expressions;
using System.Reflection;

namespace LiveSales.Runtime.Core;

/// <summary>
/// One method of a grain interface, compiled once: a delegate that calls it on a grain instance
/// with boxed arguments and returns its Task, plus the scheduling attributes that govern the call.
/// </summary>
internal sealed class GrainMethod
{
    private readonly Func<object, object?[], Task> _invoke;

    public GrainMethod(MethodInfo method)
    {
        Method = method;
        var returnType = method.ReturnType;
        Result = ResultAdapter.For(returnType)
            ?? throw new InvalidOperationException(
                $"{method.DeclaringType!.FullName}.{method.Name} returns {returnType.Name}; grain methods return Task, Task<T>, ValueTask or ValueTask<T>.");
        if (method.IsGenericMethodDefinition)
        {
            throw new InvalidOperationException($"{method.DeclaringType!.FullName}.{method.Name} is generic; grain methods cannot be.");
        }

        AlwaysInterleave = method.IsDefined(typeof(AlwaysInterleaveAttribute), inherit: false);
        ReadOnly = method.IsDefined(typeof(ReadOnlyAttribute), inherit: false);
        _invoke = Compile(method);
    }

    public MethodInfo Method { get; }

    public ResultAdapter Result { get; }

    public bool AlwaysInterleave { get; }

    public bool ReadOnly { get; }

    /// <summary>Neither read-only nor always-interleaving: holds the activation exclusively.</summary>
    public bool Exclusive => !AlwaysInterleave && !ReadOnly;

    public Task Invoke(object grain, object?[] arguments) => _invoke(grain, arguments);

    private static Func<object, object?[], Task> Compile(MethodInfo method)
    {
        var grain = Expression.Parameter(typeof(object), "grain");
        var arguments = Expression.Parameter(typeof(object?[]), "arguments");
        var parameters = method.GetParameters();
        var values = new Expression[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            values[i] = Expression.Convert(Expression.ArrayIndex(arguments, Expression.Constant(i)), parameters[i].ParameterType);
        }

        Expression call = Expression.Call(Expression.Convert(grain, method.DeclaringType!), method, values);
        if (method.ReturnType.IsGenericType && method.ReturnType.GetGenericTypeDefinition() == typeof(ValueTask<>)
            || method.ReturnType == typeof(ValueTask))
        {
            call = Expression.Call(call, method.ReturnType.GetMethod(nameof(ValueTask.AsTask))!);
        }

        return Expression.Lambda<Func<object, object?[], Task>>(Expression.Convert(call, typeof(Task)), grain, arguments).Compile();
    }
}
