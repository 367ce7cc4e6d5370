using Inclusief.Web.Features.Accounts;

namespace Inclusief.Web.Features.Conversation;

public static class ConversationFeature
{
    public static IServiceCollection AddConversation(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(ConversationPermissions.Moderate, StaffPolicy.For(StaffRoles.Coordinator));
        services.AddScoped<CommentSubjects>();
        services.AddScoped<CommentThreads>();
        services.AddScoped<ConversationMail>();
        services.AddScoped<Infrastructure.Privacy.IPersonalData, ConversationPersonalData>();
        return services;
    }
}
