namespace Inclusief.Web.Infrastructure.Privacy;

public static class PrivacyLogging
{
    /// <summary>
    /// No request logging that could name a visitor: no HTTP logging middleware is used, connection logs
    /// (which carry remote endpoints) are off, and request-line logs are off because addresses may hold
    /// single-use tokens such as magic links.
    /// </summary>
    public static ILoggingBuilder AddPrivacyFilters(this ILoggingBuilder logging) => logging
        .AddFilter("Microsoft.AspNetCore.Server.Kestrel.Connections", LogLevel.None)
        .AddFilter("Microsoft.AspNetCore.Server.Kestrel.Transport", LogLevel.None)
        .AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning)
        .AddFilter("Microsoft.AspNetCore.HttpLogging", LogLevel.None);
}
