using Inclusief.Data;
using Inclusief.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Inclusief.Web.Features.Accounts;

public static class AccountsFeature
{
    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddIdentity<AppUser, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = false;
                options.SignIn.RequireConfirmedAccount = false;
                // Length over composition rules (NIST SP 800-63B): long passphrases are easy to remember.
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 4;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddUserStore<AccountStore>()
            .AddSignInManager<AccountSignIn>()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>();

        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = configuration.GetValue("Accounts:SecurityStampValidationInterval", TimeSpan.FromMinutes(5));
            // The refresh rebuilds the principal from the database, which knows nothing of how this session
            // signed in: without this, a two-factor sign-in silently becomes a password-only one.
            o.OnRefreshingPrincipal = context =>
            {
                if (context.NewPrincipal?.Identity is System.Security.Claims.ClaimsIdentity identity && context.CurrentPrincipal is { } current)
                {
                    identity.AddClaims(current.FindAll(StaffTwoFactorRequirement.MfaClaimType)
                        .Where(c => !identity.HasClaim(c.Type, c.Value))
                        .Select(c => new System.Security.Claims.Claim(c.Type, c.Value)));
                }
                return Task.CompletedTask;
            };
        });
        var staffIdleTimeout = configuration.GetValue("Accounts:StaffIdleTimeout", TimeSpan.FromMinutes(30));
        services.ConfigureApplicationCookie(options =>
        {
            var validateSecurityStamp = options.Events.OnValidatePrincipal;
            options.Events.OnValidatePrincipal = async context =>
            {
                var timeout = new StaffSessionTimeout(staffIdleTimeout, context.HttpContext.RequestServices.GetRequiredService<TimeProvider>());
                if (await timeout.KeepsSessionAsync(context))
                {
                    await validateSecurityStamp(context);
                }
            };
            options.Cookie.Name = Transport.CookieName("inclusief.auth", configuration, environment);
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = Transport.CookiePolicy(configuration, environment);
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.LoginPath = "/Accounts/SignIn";
            options.LogoutPath = "/Accounts/SignOut";
            options.AccessDeniedPath = "/Accounts/AccessDenied";
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
        });
        foreach (var scheme in new[] { IdentityConstants.TwoFactorUserIdScheme, IdentityConstants.TwoFactorRememberMeScheme, IdentityConstants.ExternalScheme })
        {
            services.Configure<CookieAuthenticationOptions>(scheme, o =>
            {
                o.Cookie.Name = Transport.CookieName(scheme.Replace("Identity.", "inclusief.", StringComparison.Ordinal).ToLowerInvariant(), configuration, environment);
                o.Cookie.SecurePolicy = Transport.CookiePolicy(configuration, environment);
            });
        }

        services.AddScoped(provider => (AccountSignIn)provider.GetRequiredService<SignInManager<AppUser>>());
        services.AddScoped<EmailConfirmation>();
        services.AddScoped<AccountMail>();
        services.AddScoped<Infrastructure.Privacy.IPersonalData, AccountPersonalData>();

        return services;
    }
}
