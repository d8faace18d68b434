namespace LiveSales.GraphQL.Validation;

/// <summary>Stops a validation walk; carries the error to add, if the thrower has not added one.</summary>
internal sealed class ValidationAbortedException(string? message = null) : Exception(message ?? "Validation aborted.")
{
    public bool AddsError { get; } = message is not null;
}
