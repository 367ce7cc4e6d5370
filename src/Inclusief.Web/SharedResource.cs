namespace Inclusief.Web;

/// <summary>
/// Anchor for the shared UI strings. The Dutch text is the key (Dutch is the default culture);
/// Resources/SharedResource.en.resx holds the English translations.
/// </summary>
#pragma warning disable CA1052 // A marker type for IStringLocalizer<T>; it is never instantiated.
public sealed class SharedResource;
#pragma warning restore CA1052
