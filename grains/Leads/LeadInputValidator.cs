using LiveSales.GrainInterfaces.Leads;
using LiveSales.Grains.Common;
using LiveSales.Grains.Customers;

namespace LiveSales.Grains.Leads;

/// <summary>Checks and normalises one lead (a single create or one import row).</summary>
public static class LeadInputValidator
{
    public static CreateLeadInput Validate(CreateLeadInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input with
        {
            Name = Text.Required(input.Name, "name"),
            Company = Text.Optional(input.Company, "company", Text.NameLength),
            Title = Text.Optional(input.Title, "title"),
            Email = CustomerInputValidator.Email(input.Email, "email"),
            Phone = Text.Optional(input.Phone, "phone", 50),
            Source = Text.Optional(input.Source, "source"),
            Region = Text.Optional(input.Region, "region"),
            Industry = Text.Optional(input.Industry, "industry"),
            Tags = Text.Tags(input.Tags),
            Notes = Text.Optional(input.Notes, "notes", Text.LongText),
            OwnerId = Text.Id(input.OwnerId, "ownerId"),
            PoolId = Text.Id(input.PoolId, "poolId"),
        };
    }
}
