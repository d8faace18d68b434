namespace LiveSales.Grains.Customers;

/// <summary>A rep that lost the customer (release or return) and when: the cooldown counts from then.</summary>
public sealed record FormerOwner(string UserId, DateTimeOffset LeftAt);
