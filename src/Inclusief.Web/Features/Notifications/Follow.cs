namespace Inclusief.Web.Features.Notifications;

/// <summary>Someone follows something: what happens in it reaches their notifications (<see cref="Notifications.Notification"/>).</summary>
public class Follow
{
    public const int KeyMaxLength = 60;

    public string UserId { get; private set; } = "";

    public FollowTarget Target { get; private set; }

    /// <summary>The item's id, the theme's name, or empty for the events list.</summary>
    public string Key { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public static Follow Start(string userId, FollowTarget target, string key, DateTime now) =>
        new() { UserId = userId, Target = target, Key = key, CreatedAt = now };
}
