using LiveSales.GrainInterfaces;
using LiveSales.GrainInterfaces.Customers;
using LiveSales.GrainInterfaces.Users;
using LiveSales.Grains.Common;

namespace LiveSales.Grains.Customers;

/// <summary>Checks and normalises customer input before anything is read or written.</summary>
public static class CustomerInputValidator
{
    public static CreateCustomerInput Validate(CreateCustomerInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input with
        {
            Name = Text.Required(input.Name, "name"),
            Region = Text.Optional(input.Region, "region"),
            Industry = Text.Optional(input.Industry, "industry"),
            Tier = Text.Optional(input.Tier, "tier"),
            Source = Text.Optional(input.Source, "source"),
            Tags = Text.Tags(input.Tags),
            Contacts = Contacts(input.Contacts),
            OwnerId = Text.Id(input.OwnerId, "ownerId"),
            PoolId = Text.Id(input.PoolId, "poolId"),
            LeadId = Text.Id(input.LeadId, "leadId"),
        };
    }

    public static UpdateCustomerInput Validate(UpdateCustomerInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input with
        {
            Name = input.Name is null ? null : Text.Required(input.Name, "name"),
            Region = input.Region is null ? null : Text.Optional(input.Region, "region"),
            Industry = input.Industry is null ? null : Text.Optional(input.Industry, "industry"),
            Tier = input.Tier is null ? null : Text.Optional(input.Tier, "tier"),
            Tags = input.Tags is null ? null : Text.Tags(input.Tags),
            Contacts = input.Contacts is null ? null : Contacts(input.Contacts),
        };
    }

    public static IReadOnlyList<Contact> Contacts(IReadOnlyList<Contact>? contacts)
    {
        if (contacts is null)
        {
            return [];
        }

        if (contacts.Count > 50)
        {
            throw DomainException.BadInput("At most 50 contacts.");
        }

        return contacts.Select(c => new Contact
        {
            Name = Text.Required(c.Name, "contact name"),
            Title = Text.Optional(c.Title, "contact title"),
            Email = Email(c.Email, "contact email"),
            Phone = Text.Optional(c.Phone, "contact phone", 50),
        }).ToList();
    }

    public static string? Email(string? email, string field)
    {
        var trimmed = Text.Optional(email, field, 254);
        return trimmed is null || EmailAddress.IsValid(trimmed) ? trimmed : throw DomainException.BadInput($"{field} '{trimmed}' is not an email address.");
    }
}
