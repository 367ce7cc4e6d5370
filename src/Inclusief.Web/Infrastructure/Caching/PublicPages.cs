using System.Globalization;
using Inclusief.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Inclusief.Web.Infrastructure.Caching;

/// <summary>
/// Pages every anonymous visitor sees alike (home, events, knowledge, policies, projects, taking part) are rendered once per
/// language and then served from memory, until something they show changes: every save that touches a feature's
/// data evicts the pages tagged with that feature's name (<see cref="PublicPageChanges"/>), on every instance
/// (<see cref="PublicPageEvictions"/>). A page opts in with <c>[OutputCache(PolicyName = PublicPages.Policy, Tags = …)]</c>,
/// naming the features whose data it shows. Signed-in visitors, a visitor with a notice waiting, and any answer
/// that carries a form token, sets a cookie or says <c>no-store</c> are never cached. Entries also expire after
/// <see cref="Lifetime"/>, which bounds what time alone changes (registration opening, an event that ended).
/// </summary>
public static class PublicPages
{
    public const string Policy = "public-page";

    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    // Tags are the names of the feature folders whose entities a page shows: a save of an entity in
    // Inclusief.Web.Features.Events evicts "events". PublicPageCacheTests holds the list to the folders.
    public const string Events = "events";
    public const string Knowledge = "knowledge";
    public const string Projects = "projects";
    public const string Policies = "policies";
    public const string Programmes = "programmes";
    public const string Participation = "participation";
    public const string ImageBank = "imagebank";
    public const string Municipalities = "municipalities";
    public const string Organisations = "organisations";
    public const string Evaluations = "evaluations";
    public const string Agenda = "agenda";
    public const string Conversation = "conversation";

    public static readonly IReadOnlyList<string> Tags = [Events, Knowledge, Projects, Policies, Programmes, Participation, ImageBank, Municipalities, Organisations, Evaluations, Agenda, Conversation];

    public static IServiceCollection AddPublicPages(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOutputCache(options =>
        {
            options.SizeLimit = configuration.GetValue<long>("OutputCache:SizeLimitBytes", 32 * 1024 * 1024);
            options.AddPolicy(Policy, new AnonymousPagePolicy());
        });
        services.AddSingleton<PublicPageEvictions>();
        services.AddSingleton<PublicPageChanges>();
        if (DatabaseSetup.SharedByInstances(configuration))
        {
            services.AddHostedService<PublicPageEvictionListener>();
        }
        return services;
    }

    /// <summary>
    /// The tag a save of <paramref name="entity"/> evicts: its feature's folder name when a cached page shows that
    /// feature's data, else null (a sign-in or a safety report evicts nothing and tells no other instance).
    /// </summary>
    public static string? TagOf(Type entity) =>
        entity.Namespace?.Split('.') is ["Inclusief", "Web", "Features", var feature, ..] && Tags.Contains(feature.ToLowerInvariant())
            ? feature.ToLowerInvariant()
            : null;

    private sealed class AnonymousPagePolicy : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var request = context.HttpContext.Request;
            var cookieName = context.HttpContext.RequestServices.GetRequiredService<IOptions<CookieTempDataProviderOptions>>().Value.Cookie.Name;
            var eligible = (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
                && context.HttpContext.User.Identity?.IsAuthenticated != true
                && !request.Headers.ContainsKey(HeaderNames.Authorization)
                // A notice waiting in its cookie belongs to this visitor's page only.
                && (cookieName is null || !request.Cookies.ContainsKey(cookieName));
            context.EnableOutputCaching = true;
            context.AllowCacheLookup = eligible;
            context.AllowCacheStorage = eligible;
            context.AllowLocking = true;
            context.ResponseExpirationTimeSpan = Lifetime;
            context.CacheVaryByRules.QueryKeys = "*";
            // The language was chosen by the localization middleware (cookie, then Accept-Language).
            context.CacheVaryByRules.VaryByValues["culture"] = CultureInfo.CurrentUICulture.Name;
            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var response = context.HttpContext.Response;
            var cacheControl = response.Headers.CacheControl.ToString();
            if (response.StatusCode != StatusCodes.Status200OK
                || response.Headers.ContainsKey(HeaderNames.SetCookie)
                // Antiforgery marks every answer with a form token no-cache, no-store; sensitive pages say no-store.
                || cacheControl.Contains("no-store", StringComparison.OrdinalIgnoreCase)
                || cacheControl.Contains("no-cache", StringComparison.OrdinalIgnoreCase)
                || cacheControl.Contains("private", StringComparison.OrdinalIgnoreCase))
            {
                context.AllowCacheStorage = false;
            }
            return ValueTask.CompletedTask;
        }
    }
}
