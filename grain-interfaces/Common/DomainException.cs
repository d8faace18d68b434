namespace LiveSales.GrainInterfaces;

/// <summary>
/// The one exception grains throw for a refused operation. It always means nothing was changed;
/// the API maps <see cref="ApiCode"/> to <c>extensions.code</c> and shows <see cref="Exception.Message"/>.
/// </summary>
public sealed class DomainException : Exception
{
    public DomainException()
        : this(ErrorCode.BadUserInput, "The request was refused.")
    {
    }

    public DomainException(string message)
        : this(ErrorCode.BadUserInput, message)
    {
    }

    public DomainException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = ErrorCode.BadUserInput;
    }

    public DomainException(ErrorCode code, string message)
        : base(message)
    {
        Code = code;
    }

    public ErrorCode Code { get; }

    /// <summary>The code as API.md spells it, e.g. <c>CLAIM_LIMIT_REACHED</c>.</summary>
    public string ApiCode => ToApiCode(Code);

    public static string ToApiCode(ErrorCode code) => code switch
    {
        ErrorCode.BadUserInput => "BAD_USER_INPUT",
        ErrorCode.Forbidden => "FORBIDDEN",
        ErrorCode.NotFound => "NOT_FOUND",
        ErrorCode.Conflict => "CONFLICT",
        ErrorCode.ClaimLimitReached => "CLAIM_LIMIT_REACHED",
        ErrorCode.HoldingLimitReached => "HOLDING_LIMIT_REACHED",
        ErrorCode.Cooldown => "COOLDOWN",
        ErrorCode.AlreadyOwned => "ALREADY_OWNED",
        ErrorCode.NotOwner => "NOT_OWNER",
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, null),
    };

    public static DomainException BadInput(string message) => new(ErrorCode.BadUserInput, message);

    public static DomainException Forbidden(string message) => new(ErrorCode.Forbidden, message);

    public static DomainException NotFound(string what, string id) => new(ErrorCode.NotFound, $"{what} '{id}' does not exist.");

    public static DomainException Conflict(string message) => new(ErrorCode.Conflict, message);
}
