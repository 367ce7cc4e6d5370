using Inclusief.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Conversation;

public static class ConversationFeature
{
    public static IServiceCollection AddConversation(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(ConversationPermissions.Moderate, StaffPolicy.For(StaffRoles.Coordinator));
        services.AddSingleton(new Infrastructure.Pages.StaffMenuCount("/Conversation/Moderation/Index", "{0} gemelde reacties wachten",
            db => db.Set<CommentReport>().Where(r => r.ResolvedAt == null).Select(r => r.CommentId).Distinct().CountAsync()));
        services.AddScoped<CommentSubjects>();
        services.AddScoped<CommentThreads>();
        services.AddScoped<ConversationMail>();
        services.AddScoped<Infrastructure.Privacy.IPersonalData, ConversationPersonalData>();
        services.AddScoped<Infrastructure.Jobs.IRetentionRule, ConversationRetention>();
        return services;
    }
}
