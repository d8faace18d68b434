namespace LiveSales.GrainInterfaces.Security;

/// <summary>
/// Who is asking: the signed-in user (id, role, team) or the system itself (reminders, start-up).
/// Every grain operation that reads or changes a record takes one and checks it against the policy.
/// </summary>
public sealed record Actor(string UserId, Role Role, string? TeamId)
{
    public const string SystemUserId = "system";

    /// <summary>The product itself: reminders, assignment rules, start-up seeding. May do anything.</summary>
    public static Actor System { get; } = new(SystemUserId, Role.Admin, null);

    public bool IsSystem => UserId == SystemUserId;

    public bool IsAdmin => Role == Role.Admin;
}
