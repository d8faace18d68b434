namespace LiveSales.Api.Live;

/// <summary>What a live connection listens to: a user's alerts, or a pool's changes.</summary>
public static class LiveTopics
{
    public static string Alerts(string userId) => "alerts:" + userId;

    public static string Pool(string poolId) => "pool:" + poolId;
}
