using Inclusief.Web.Features.Accounts;
using Inclusief.Web.Features.Monitoring;
using Inclusief.Web.Features.Students;
using Inclusief.Web.Features.Agenda;
using Inclusief.Web.Features.Conversation;
using Inclusief.Web.Features.Notifications;
using Inclusief.Web.Features.Evaluations;
using Inclusief.Web.Features.Admin;
using Inclusief.Web.Features.Accessibility;
using Inclusief.Web.Features.Complaints;
using Inclusief.Web.Features.Errors;
using Inclusief.Web.Features.Events;
using Inclusief.Web.Features.Feedback;
using Inclusief.Web.Features.Ideas;
using Inclusief.Web.Features.ImageBank;
using Inclusief.Web.Features.Knowledge;
using Inclusief.Web.Features.Municipalities;
using Inclusief.Web.Features.Newsletter;
using Inclusief.Web.Features.Organisations;
using Inclusief.Web.Features.Participation;
using Inclusief.Web.Features.Projects;
using Inclusief.Web.Features.Policies;
using Inclusief.Web.Features.Programmes;
using Inclusief.Web.Features.Research;
using Inclusief.Web.Features.Safety;
using Inclusief.Web.Infrastructure.Pages;
using Inclusief.Web.Infrastructure.Security;
using Inclusief.Web.Infrastructure.Uploads;
using Inclusief.Web.Infrastructure.Audit;
using Inclusief.Web.Infrastructure.Backup;
using Inclusief.Web.Infrastructure.Caching;
using Inclusief.Web.Infrastructure.Consents;
using Inclusief.Web.Infrastructure.Crypto;
using Inclusief.Web.Infrastructure.Database;
using Inclusief.Web.Infrastructure.Email;
using Inclusief.Web.Infrastructure.Sms;
using Inclusief.Web.Infrastructure.Health;
using Inclusief.Web.Infrastructure.Hosting;
using Inclusief.Web.Infrastructure.Localization;
using Inclusief.Web.Infrastructure.Jobs;
using Inclusief.Web.Infrastructure.Privacy;
using Inclusief.Web.Infrastructure.Receipts;

var builder = WebApplication.CreateBuilder(args);

builder.Logging.AddPrivacyFilters();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddDatabase(builder.Configuration, builder.Environment);
builder.Services.AddCrypto(builder.Configuration, builder.Environment);
builder.Services.AddInclusiefLocalization(builder.Configuration, builder.Environment);
builder.Services.AddPages(builder.Configuration, builder.Environment);
builder.Services.AddPublicPages(builder.Configuration);
builder.Services.AddAudit();
builder.Services.AddOutbox(builder.Configuration);
builder.Services.AddEmail(builder.Configuration);
builder.Services.AddSms(builder.Configuration);
builder.Services.AddSubmissionRateLimit(builder.Configuration);
builder.Services.AddAccounts(builder.Configuration, builder.Environment);
builder.Services.AddAdmin();
builder.Services.AddProgrammes();
builder.Services.AddConsents();
builder.Services.AddNewsletter();
builder.Services.AddMunicipalities();
builder.Services.AddOrganisations();
builder.Services.AddMonitoring();
builder.Services.AddStudents();
builder.Services.AddEvaluations();
builder.Services.AddAgenda();
builder.Services.AddParticipation();
builder.Services.AddUploads(builder.Configuration);
builder.Services.AddIdeas();
builder.Services.AddProjects();
builder.Services.AddFeedback();
builder.Services.AddEvents();
builder.Services.AddReceipts(builder.Configuration);
builder.Services.AddAccessibility(builder.Configuration);
builder.Services.AddComplaints(builder.Configuration);
builder.Services.AddSafety(builder.Configuration);
builder.Services.AddPolicies();
builder.Services.AddResearch();
builder.Services.AddKnowledge();
builder.Services.AddImageBank();
builder.Services.AddConversation();
builder.Services.AddNotifications(builder.Configuration);
builder.Services.AddHealth();
builder.Services.AddBackup();
builder.WebHost.UseServerLimits(builder.Configuration);

var app = builder.Build();
if (await app.RunCommandAsync(args) is { } exitCode)
{
    return exitCode;
}
await app.PrepareAsync();

app.UseClientAddress(app.Configuration);
app.UseErrorPages();
app.UseSecurityHeaders();
if (Transport.RequireHttps(app.Configuration, app.Environment))
{
    app.UseHsts();
    app.UseHttpsRedirection();
}
app.UseStaticFiles();
app.UseRequestLocalization();
app.UseRouting();
app.UseAuthentication();
// After authentication and localization: a signed-in visitor is never served a cached page, and each language is its
// own entry. Before rate limiting and authorization, which a cached page does not need: only [AllowAnonymous] pages
// opt in, and reading is never limited.
app.UseOutputCache();
// After authentication: the limit on write forms counts per account.
app.UseRateLimiter();
app.UseAuthorization();
app.MapRazorPages();
app.MapHealth();
app.MapSmsInbound();
app.MapSmsDeliveryReports();
app.MapKnowledge();
app.MapBench(app.Configuration);

await app.RunAsync();
return 0;

/// <summary>Entry point; public so that the tests' WebApplicationFactory can host it.</summary>
public partial class Program;
