using Microsoft.Extensions.DependencyInjection;
using Inclusief.Web.Infrastructure.Email;

namespace Inclusief.Tests.Infrastructure;

/// <summary>The shapes every feature shares (docs/ARCHITECTURE.md), checked so a copied feature keeps them.</summary>
public sealed class ArchitectureTests
{
    private static readonly Type[] Types = typeof(Mailer).Assembly.GetTypes();

    [Fact]
    public void Only_a_feature_s_mail_class_composes_and_queues_mail()
    {
        var composers = Types
            .Where(t => t.Namespace?.StartsWith("Inclusief.Web.Features", StringComparison.Ordinal) == true)
            .Where(t => t.GetConstructors().SelectMany(c => c.GetParameters()).Any(p => p.ParameterType == typeof(Mailer) || p.ParameterType == typeof(MailTemplate)))
            .Select(t => t.Name).Order().ToList();

        Assert.NotEmpty(composers);
        Assert.All(composers, name => Assert.EndsWith("Mail", name, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_feature_mail_class_is_registered()
    {
        using var app = new Support.AppFactory();
        var mails = Types.Where(t => t.Namespace?.StartsWith("Inclusief.Web.Features", StringComparison.Ordinal) == true && t.Name.EndsWith("Mail", StringComparison.Ordinal) && t.IsClass && !t.IsAbstract && t.IsPublic).ToList();
        using var scope = app.Services.CreateScope();

        Assert.True(mails.Count >= 10, $"only {mails.Count} mail classes");
        Assert.All(mails, t => Assert.NotNull(scope.ServiceProvider.GetService(t)));
    }

    [Fact]
    public void The_command_line_tasks_and_start_up_seeds_are_registered_by_their_features()
    {
        using var app = new Support.AppFactory();

        Assert.Equal(["backup", "create-admin", "restore", "seed-conversation", "seed-load-data"], app.Services.GetServices<Inclusief.Web.Infrastructure.Hosting.StartupCommand>().Select(c => c.Name).Order());
        Assert.Equal(2, app.Services.GetServices<Inclusief.Web.Infrastructure.Hosting.StartupSeed>().Count());
    }
}
