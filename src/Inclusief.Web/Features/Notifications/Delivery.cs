namespace Inclusief.Web.Features.Notifications;

/// <summary>How a kind of notification reaches someone by mail; it is in "Mijn meldingen" whatever they choose. Weekly unless chosen otherwise.</summary>
public enum Delivery
{
    Weekly,
    Daily,
    Immediately,
    Never,
}

public static class Deliveries
{
    public const Delivery Default = Delivery.Weekly;

    public static string Label(Delivery delivery) => delivery switch
    {
        Delivery.Immediately => "Meteen een mail",
        Delivery.Daily => "Eén mail per dag",
        Delivery.Weekly => "Eén mail per week",
        _ => "Geen mail",
    };
}
