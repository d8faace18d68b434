namespace LiveSales.Api.Auth;

public sealed class SessionState
{
    public SessionView? Session { get; set; }
}
