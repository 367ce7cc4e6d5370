namespace Inclusief.Web.Features.Notifications;

/// <summary>Someone's choice of delivery for one kind; a kind without a row is delivered weekly (<see cref="Deliveries.Default"/>).</summary>
public class NotificationSetting
{
    public string UserId { get; private set; } = "";

    public NotificationKind Kind { get; private set; }

    public Delivery Delivery { get; set; }

    public static NotificationSetting Of(string userId, NotificationKind kind, Delivery delivery) => new() { UserId = userId, Kind = kind, Delivery = delivery };
}
