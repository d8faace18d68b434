using System.Runtime.CompilerServices;

namespace LiveSales.GraphQL.Validation;

/// <summary>Stops validation with "Validation aborted." instead of overflowing the stack on a pathologically deep fragment chain.</summary>
internal static class StackGuard
{
    public static void Ensure()
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new ValidationAbortedException("Validation aborted.");
        }
    }
}
