using LiveSales.GrainInterfaces;
using LiveSales.GrainInterfaces.Users;
using LiveSales.Grains.Common;

namespace LiveSales.Grains.Users;

public static class UserInputValidator
{
    public const int MinPasswordLength = 6;
    public const int MaxPasswordLength = 256;

    public static CreateUserInput Validate(CreateUserInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!EmailAddress.IsValid(input.Email))
        {
            throw DomainException.BadInput($"'{input.Email}' is not an email address.");
        }

        if (!Enum.IsDefined(input.Role))
        {
            throw DomainException.BadInput($"Unknown role {input.Role}.");
        }

        Password(input.Password);
        return input with
        {
            Email = input.Email.Trim(),
            Name = Text.Required(input.Name, "name"),
            TeamId = Text.Id(input.TeamId, "teamId"),
            Region = Text.Optional(input.Region, "region"),
            Industries = (input.Industries ?? []).Select(i => Text.Required(i, "industry", Text.FieldLength)).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            Capacity = Capacity(input.Capacity),
        };
    }

    public static void Password(string? password)
    {
        if (password is null || password.Length < MinPasswordLength || password.Length > MaxPasswordLength)
        {
            throw DomainException.BadInput($"A password has {MinPasswordLength} to {MaxPasswordLength} characters.");
        }
    }

    public static int? Capacity(int? capacity) =>
        capacity is < 0 or > 10_000_000 ? throw DomainException.BadInput("capacity must be between 0 and 10000000.") : capacity;
}
