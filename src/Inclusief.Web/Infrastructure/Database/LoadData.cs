using Inclusief.Data;
using Inclusief.Web.Features.Accounts;
using Inclusief.Web.Features.Admin;
using Inclusief.Web.Features.Complaints;
using Inclusief.Web.Features.Events;
using Inclusief.Web.Features.Knowledge;
using Inclusief.Web.Features.Participation;
using Inclusief.Web.Features.Safety;
using Inclusief.Web.Infrastructure.Crypto;
using Inclusief.Web.Infrastructure.Jobs;
using Inclusief.Web.Infrastructure.Localization;
using Inclusief.Web.Infrastructure.Privacy;
using Inclusief.Web.Infrastructure.Sms;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Infrastructure.Database;

/// <summary>
/// Generates fictional accounts in bulk for the load benchmark (<c>seed-load-data --users N</c>) and, for the scale
/// benchmark, events with registrations and safety reports (<c>--events N --registrations M --safety-reports N</c>).
/// One password hash is computed and shared, so generating thousands of rows takes seconds.
/// </summary>
public static class LoadData
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var index = Array.IndexOf(args, "--users");
        if (index < 0 || index + 1 >= args.Length || !int.TryParse(args[index + 1], out var count) || count is < 1 or > 1_000_000)
        {
            await Console.Error.WriteLineAsync("Usage: seed-load-data --users N (1 to 1000000)");
            return 2;
        }
        // Its accounts, staff included, share a published password: only where the benchmark's switch is on, checked
        // before the database is touched (an empty production database would otherwise take them).
        if (!services.GetRequiredService<IConfiguration>().GetValue("Bench:Enabled", false))
        {
            await Console.Error.WriteLineAsync("seed-load-data runs only with Bench:Enabled=true (the bench scripts set it): its accounts share a published password.");
            return 2;
        }
        await services.MigrateDatabaseAsync();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        // Its accounts share a published password and its members are approved: never into a site people use.
        if (await db.Users.AnyAsync())
        {
            await Console.Error.WriteLineAsync("seed-load-data fills an empty database only; this one has accounts.");
            return 2;
        }
        var hash = new PasswordHasher<AppUser>().HashPassword(new AppUser(), "load-test-password");
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var start = 0; start < count; start += 1000)
        {
            for (var i = start; i < Math.Min(count, start + 1000); i++)
            {
                var name = $"load-{i:D7}";
                db.Users.Add(new AppUser
                {
                    UserName = name,
                    NormalizedUserName = name.ToUpperInvariant(),
                    DisplayName = $"Load {i}",
                    PasswordHash = hash,
                    SecurityStamp = Guid.NewGuid().ToString("N"),
                    CreatedAt = clock.GetUtcNow().UtcDateTime,
                });
            }
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
        Console.WriteLine($"Generated {count} fictional accounts.");
        Console.WriteLine($"Bench event: {await PlanEventsAsync(db, clock.GetUtcNow().UtcDateTime)}");
        var membersAt = Array.IndexOf(args, "--safety-members");
        if (membersAt >= 0 && membersAt + 1 < args.Length && int.TryParse(args[membersAt + 1], out var members) && members > 0)
        {
            var sms = args.Contains("--sms");
            await SafetyNetworkAsync(scope.ServiceProvider, db, Math.Min(members, count), sms, clock.GetUtcNow().UtcDateTime);
            Console.WriteLine($"Generated {Math.Min(members, count)} approved safety members{(sms ? " with a mobile number each" : "")} and one warning queued for publication.");
        }
        if (Number(args, "--knowledge") is { } items)
        {
            var started = System.Diagnostics.Stopwatch.StartNew();
            await LoadCorpus.KnowledgeAsync(db, scope.ServiceProvider.GetRequiredService<KnowledgeSearch>(), items, clock.GetUtcNow().UtcDateTime);
            Console.WriteLine($"Generated and indexed {items} knowledge items in {started.ElapsedMilliseconds} ms.");
        }
        if (Number(args, "--participants") is { } participants)
        {
            await ParticipantsAsync(db, Math.Min(participants, count), clock.GetUtcNow().UtcDateTime);
            Console.WriteLine($"Generated {Math.Min(participants, count)} sign-ups, one for each of the first load accounts.");
        }
        if (Number(args, "--complaints") is { } complaints)
        {
            await ComplaintsAsync(db, scope.ServiceProvider.GetRequiredService<FieldCipher>(), complaints, clock.GetUtcNow().UtcDateTime);
            Console.WriteLine($"Generated {complaints} complaints over the past two years.");
        }
        if (args.Contains("--staff"))
        {
            // One line per account, read by bench/run.sh and bench/scale.sh: "Bench staff: NAME AUTHENTICATOR-KEY".
            foreach (var (name, role) in new[] { ("bench-coordinator", StaffRoles.Coordinator), ("bench-caseworker", StaffRoles.Caseworker), ("bench-moderator", StaffRoles.SafetyModerator), ("bench-admin", StaffRoles.Admin) })
            {
                Console.WriteLine($"Bench staff: {name} {await StaffAsync(scope.ServiceProvider, name, role)}");
            }
        }
        if (Number(args, "--events") is { } events)
        {
            var registrations = Number(args, "--registrations") ?? 0;
            await ManyEventsAsync(db, events, registrations, clock.GetUtcNow().UtcDateTime);
            Console.WriteLine($"Generated {events} events over three years with {registrations} registrations.");
        }
        if (Number(args, "--safety-reports") is { } reports)
        {
            await SafetyReportsAsync(db, scope.ServiceProvider.GetRequiredService<FieldCipher>(), reports, clock.GetUtcNow().UtcDateTime);
            Console.WriteLine($"Generated {reports} safety reports over the past two years.");
        }
        if (Number(args, "--subscribers") is { } subscribers)
        {
            Console.WriteLine($"Bench edition: {await LoadCorpus.SubscribersAsync(db, subscribers, clock.GetUtcNow().UtcDateTime)} ({subscribers} confirmed subscribers)");
        }
        return 0;
    }

    private static int? Number(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], out var value) && value > 0 ? value : null;
    }

    /// <summary>Sign-ups in every form but partner (which needs an organisation), spread over the past year; load account i signs up as participant i.</summary>
    private static async Task ParticipantsAsync(AppDbContext db, int count, DateTime now)
    {
        var forms = new[] { ParticipationForm.ExpertGroup, ParticipationForm.WorkFieldGroup, ParticipationForm.ProjectIdea, ParticipationForm.SoundingBoard };
        var userIds = await db.Users.OrderBy(u => u.UserName).Select(u => u.Id).Take(count).ToListAsync();
        var i = 0;
        foreach (var chunk in userIds.Chunk(1000))
        {
            foreach (var userId in chunk)
            {
                db.Add(Participant.SignUp(Guid.NewGuid(), forms[i % forms.Length], userId,
                    new Participant.Details($"Load {i}", $"load-{i}@bench.example", null, "nl", null, "Fictieve aanmelding voor de belastingproef.", null, ExpertOffer.None, null),
                    [], now.AddMinutes(-(i * 525_600.0 / count))));
                i++;
            }
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Complaints over the past two years, about a tenth still open, in every category; the narrative encrypted as the desk does.</summary>
    private static async Task ComplaintsAsync(AppDbContext db, FieldCipher cipher, int count, DateTime now)
    {
        var narrative = cipher.Encrypt("Fictieve melding voor de belastingproef.", Complaint.CipherPurpose);
        var categories = Enum.GetValues<ComplaintCategory>();
        var wishes = Enum.GetValues<ReporterWish>();
        var perDay = new Dictionary<DateOnly, int>();
        for (var start = 0; start < count; start += 1000)
        {
            for (var i = start; i < Math.Min(count, start + 1000); i++)
            {
                var day = ProgrammeTime.DayOf(now.AddMinutes(-(i * 1_051_200.0 / count)));
                var complaint = Complaint.Submit(Guid.NewGuid(), new Complaint.Report(OrganisationKind.BankOrPaymentProvider, null, categories[i % categories.Length], null, null,
                    wishes[i % wishes.Length], narrative, null, null, null), Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)), now.AddDays(180), null, "nl");
                perDay[day] = perDay.GetValueOrDefault(day) + 1;
                complaint.Arrive(day, perDay[day]);
                complaint.Prioritise((ComplaintPriority)(i / 10 % 3));
                if (i % 10 != 0)
                {
                    complaint.MoveTo(ComplaintStatus.Closed, ComplaintOutcome.Resolved, now);
                }
                db.Add(complaint);
            }
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// Events for the scale benchmark, spread over two years past and one ahead (so both the coming and the past lists
    /// are long), each with its share of the registrations: registered up to its places, waiting beyond them.
    /// </summary>
    private static async Task ManyEventsAsync(AppDbContext db, int count, int registrations, DateTime now)
    {
        const int places = 40;
        var perEvent = registrations / count;
        var extra = registrations % count;
        EventType[] types = [EventType.ThemeMeeting, EventType.Symposium, EventType.DialogueTable, EventType.KnowledgeCafe, EventType.WorkFieldMeeting, EventType.InspirationMeeting];
        for (var start = 0; start < count; start += 200)
        {
            for (var i = start; i < Math.Min(count, start + 200); i++)
            {
                var starts = now.Date.AddDays(-730 + i * 1095.0 / count).AddHours(10);
                var ev = Event.Plan(new Event.Draft(types[i % types.Length], $"Bijeenkomst {i:D6} (schaalproef)", "Een fictieve bijeenkomst voor de schaalproef.", starts, starts.AddHours(3),
                    "Stadhuis, Spui 70, Den Haag", null, EventAudience.Public, "Nederlands", null, places, 0, null, starts.AddDays(-60), starts), "load", starts.AddDays(-60));
                ev.Publish(starts.AddDays(-60));
                db.Add(ev);
                var taken = perEvent + (i < extra ? 1 : 0);
                for (var r = 0; r < taken; r++)
                {
                    db.Add(EventRegistration.Create(ev.Id, new EventRegistration.Details($"Bezoeker {i}-{r}", $"bezoeker-{i}-{r}@bench.example", null, null, null, "nl", null),
                        r < places ? Seat.General : Seat.None, r + 1, starts.AddDays(-30)));
                }
            }
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Safety reports over the past two years, most handled, the narrative encrypted as the report form does.</summary>
    private static async Task SafetyReportsAsync(AppDbContext db, FieldCipher cipher, int count, DateTime now)
    {
        var narrative = cipher.Encrypt("Fictieve melding voor de schaalproef.", SafetyReport.CipherPurpose);
        var types = Enum.GetValues<IncidentType>();
        // Numbered on from the reports already there (the safety network's warning has one of today's).
        var perDay = await db.Set<SafetyReport>().GroupBy(r => r.ReceivedOn).Select(g => new { g.Key, Last = g.Max(r => r.ArrivalNumber) })
            .ToDictionaryAsync(d => d.Key, d => d.Last);
        for (var start = 0; start < count; start += 1000)
        {
            for (var i = start; i < Math.Min(count, start + 1000); i++)
            {
                var at = now.AddMinutes(-(i * 1_051_200.0 / count));
                var day = ProgrammeTime.DayOf(at);
                var report = SafetyReport.Submit(Guid.NewGuid(), new SafetyReport.Account(types[i % types.Length], null, "Zuid-Holland", WorkContext.None,
                    narrative, null, null, null, false, false, false), [], null, null);
                perDay[day] = perDay.GetValueOrDefault(day) + 1;
                report.Arrive(day, perDay[day]);
                if (i % 20 != 0)
                {
                    report.MarkHandled(null, at);
                }
                db.Add(report);
            }
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>A staff account with two-factor sign-in on; returns its authenticator key, for the bench to compute codes.</summary>
    private static async Task<string> StaffAsync(IServiceProvider services, string name, string role)
    {
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = name, DisplayName = name, CreatedAt = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime };
        var created = await users.CreateAsync(user, "load-test-password");
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
        }
        // Granted as create-admin grants a role: audited, from the command line.
        await services.GetRequiredService<UserAdministration>().AssignRoleAsync(user, role, UserAdministration.CommandLineActor);
        await users.ResetAuthenticatorKeyAsync(user);
        await users.SetTwoFactorEnabledAsync(user, true);
        return (await users.GetAuthenticatorKeyAsync(user))!;
    }

    /// <summary>A year of public events for the list pages, and one theme meeting of 150 places to register for; returns its id.</summary>
    private static async Task<Guid> PlanEventsAsync(AppDbContext db, DateTime now)
    {
        Event Plan(int day, string title, int capacity)
        {
            var starts = now.Date.AddDays(day).AddHours(12);
            // Planned and published two months ahead, as organisers do, so events in the past are possible too.
            var planned = Event.Plan(new Event.Draft(EventType.ThemeMeeting, title, "Een fictieve bijeenkomst voor de belastingproef.", starts, starts.AddHours(4),
                "Stadhuis, Spui 70, Den Haag", null, EventAudience.Public, "Nederlands", null, capacity, 0, null, starts.AddDays(-60), starts), "load", starts.AddDays(-60));
            planned.Publish(starts.AddDays(-60));
            return planned;
        }
        for (var day = -90; day < 270; day += 14)
        {
            db.Add(Plan(day, $"Kenniscafé {day}", 40));
        }
        var target = Plan(30, "Themabijeenkomst prostitutiebeleid (belastingproef)", 150);
        target.AddRound("Eerste ronde", null, null).AddSession("Bankzaken", null, null, 75);
        db.Add(target);
        await db.SaveChangesAsync();
        return target.Id;
    }

    /// <summary>
    /// The first N load accounts become approved safety members in Zuid-Holland (bench address load-i@bench.example; with
    /// <c>--sms</c> also a number +31 68 000 000i),
    /// and one warning is published with its fan-out queued, so the started app delivers it at once.
    /// </summary>
    private static async Task SafetyNetworkAsync(IServiceProvider services, AppDbContext db, int members, bool sms, DateTime now)
    {
        var cipher = services.GetRequiredService<FieldCipher>();
        var masterKey = services.GetRequiredService<MasterKey>();
        var userIds = await db.Users.OrderBy(u => u.UserName).Select(u => u.Id).Take(members).ToListAsync();
        var i = 0;
        foreach (var chunk in userIds.Chunk(1000))
        {
            foreach (var userId in chunk)
            {
                var member = SafetyMember.Apply(userId, $"Load {i}", cipher.Encrypt($"load-{i++}@bench.example", SafetyMember.CipherPurpose), ["Zuid-Holland"], WorkContext.None, null, now);
                member.Approve("load", now);
                if (sms)
                {
                    // Fictional numbers in the Dutch 068 range (bench/sms.sh), one per member.
                    var number = MobileNumber.Parse($"+3168{i:D7}")!;
                    member.UsePhone(cipher.Encrypt(number.E164, SafetyMember.CipherPurpose), number.KeyWith(masterKey, SafetyMember.SmsScope), SmsWording.Neutral);
                }
                db.Add(member);
            }
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
        var phone = Identifier.Parse(IdentifierKind.Phone, "06 12345678")!;
        var report = SafetyReport.Submit(Guid.NewGuid(), new SafetyReport.Account(IncidentType.Robbery, null, "Zuid-Holland", WorkContext.None,
            cipher.Encrypt("Fictieve melding voor de belastingproef.", SafetyReport.CipherPurpose), null, null, null, true, false, false),
            [(phone.Kind, phone.Hash(masterKey), phone.Masked)], null, null);
        report.MarkPublished(now);
        var warning = SafetyWarning.Write(report, "Fictieve waarschuwing voor de belastingproef.", Severity.Serious, ["Zuid-Holland"], "load", now);
        warning.Publish("load", secondApprovalRequired: false, TimeSpan.FromDays(365), now);
        db.Add(report);
        db.Add(warning);
        services.GetRequiredService<Outbox>().Enqueue(WarningFanOut.OutboxKind, new WarningFanOut.Job(warning.Id, "http://127.0.0.1"));
        await db.SaveArrivalAsync(report, now);
    }
}
