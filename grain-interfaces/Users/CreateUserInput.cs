using LiveSales.GrainInterfaces.Security;

namespace LiveSales.GrainInterfaces.Users;

public sealed record CreateUserInput
{
    public required string Email { get; init; }

    public required string Password { get; init; }

    public required string Name { get; init; }

    public Role Role { get; init; } = Role.Rep;

    public string? TeamId { get; init; }

    public string? Region { get; init; }

    public IReadOnlyList<string>? Industries { get; init; }

    public int? Capacity { get; init; }
}
