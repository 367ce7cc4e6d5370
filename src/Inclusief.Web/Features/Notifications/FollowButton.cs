namespace Inclusief.Web.Features.Notifications;

/// <summary>The follow / stop following button (<c>_Follow</c>) for one thing, as the signed-in reader stands towards it.</summary>
public sealed record FollowButton(FollowTarget Target, string Key, string Name, bool Following, string ReturnUrl);
